package io.github.docgen.docx;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One FreeMarker tag as the maintainer typed it into Word: an interpolation {@code ${...}} or a
 * square-bracket directive. Knows what the directive does to structure: opens a block, closes
 * one, splits one ({@code [#else]}), or stands alone.
 */
record TemplateTag(String source, Kind kind, String name) {

    enum Kind { INTERPOLATION, OPEN, MIDDLE, CLOSE, SINGLE }

    /** Directives that always need a closing tag. */
    private static final Set<String> BLOCKS = Set.of("if", "list", "items", "switch", "attempt", "compress",
            "macro", "function", "escape", "noescape");
    /** Directives that split the block around them, so they must sit where the block's tags sit. */
    private static final Set<String> MIDDLES = Set.of("else", "elseif", "sep", "recover", "case", "default", "on");
    /** Captures such as {@code [#assign x]...[/#assign]}, unlike {@code [#assign x = 1]}. */
    private static final Set<String> CAPTURES = Set.of("assign", "global", "local");
    private static final Pattern CAPTURE_PARAMS = Pattern.compile("\\s*[\\p{L}_$@][\\p{L}\\p{N}_$@.]*(\\s+in\\s+\\S+)?\\s*");
    /** Would let a value reach the document unescaped, or stop our tags from being tags. */
    static final Set<String> REFUSED = Set.of("noautoesc", "autoesc", "outputformat", "noparse", "ftl");

    static TemplateTag of(String source) {
        if (source.startsWith("${")) {
            return new TemplateTag(source, Kind.INTERPOLATION, "");
        }
        if (source.startsWith("[#--")) {
            return new TemplateTag(source, Kind.SINGLE, "--");
        }
        boolean closing = source.startsWith("[/#");
        int nameStart = closing ? 3 : 2;
        int nameEnd = nameStart;
        while (nameEnd < source.length() && Character.isLetterOrDigit(source.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = source.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        if (closing) {
            return new TemplateTag(source, "sep".equals(name) ? Kind.MIDDLE : Kind.CLOSE, name);
        }
        String params = source.substring(nameEnd, source.length() - 1);
        if (params.endsWith("/")) {
            return new TemplateTag(source, Kind.SINGLE, name);
        }
        if (BLOCKS.contains(name) || CAPTURES.contains(name) && CAPTURE_PARAMS.matcher(params).matches()) {
            return new TemplateTag(source, Kind.OPEN, name);
        }
        if (MIDDLES.contains(name)) {
            return new TemplateTag(source, Kind.MIDDLE, name);
        }
        return new TemplateTag(source, Kind.SINGLE, name);
    }

    boolean isDirective() {
        return kind != Kind.INTERPOLATION;
    }

    /** The directive as messages name it: {@code [#list]}, {@code [/#if]}. */
    String label() {
        return switch (kind) {
            case INTERPOLATION -> "${...}";
            case CLOSE -> "[/#" + name + "]";
            default -> source.startsWith("[/#") ? "[/#" + name + "]" : "[#" + name + "]";
        };
    }

    /** Whether this middle directive belongs to a block opened by {@code open}. */
    boolean splits(TemplateTag open) {
        return switch (name) {
            case "else" -> open.name.equals("if") || open.name.equals("list") || open.name.equals("items");
            case "elseif" -> open.name.equals("if");
            case "sep" -> open.name.equals("list") || open.name.equals("items");
            case "recover" -> open.name.equals("attempt");
            default -> open.name.equals("switch");
        };
    }
}
