package io.github.docgen.kind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One template of a kind: its file name inside the kind folder, its base name (which tells
 * outputs apart when a kind has two templates of one extension) and what it renders to.
 */
public record KindTemplate(String fileName, String baseName, String outputExtension, TemplateFormat format) {

    /**
     * Every template a file name denotes: a print template ({@code name.pdf.ftlh}) gives its PDF and
     * its OFD, which share the layout; other templates give one output; files that are not templates none.
     */
    public static List<KindTemplate> allOf(String fileName) {
        Optional<KindTemplate> template = of(fileName);
        if (template.isPresent() && template.get().format() == TemplateFormat.PDF) {
            KindTemplate pdf = template.get();
            return List.of(pdf, new KindTemplate(pdf.fileName(), pdf.baseName(), "ofd", TemplateFormat.OFD));
        }
        return template.stream().toList();
    }

    /** The (first) template a file name denotes, or empty for files that are not templates (schema, rules, sample). */
    public static Optional<KindTemplate> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (fileName.contains("/")) {
            return Optional.empty(); // only files at the kind's top level are templates; sub-folders hold includes
        }
        if (lower.endsWith(".pdf.ftlh")) {
            return Optional.of(new KindTemplate(fileName, strip(fileName, 9), "pdf", TemplateFormat.PDF));
        }
        if (lower.endsWith(".ftlh")) {
            return Optional.of(new KindTemplate(fileName, strip(fileName, 5), "html", TemplateFormat.HTML));
        }
        if (lower.endsWith(".ftlx")) {
            return Optional.of(new KindTemplate(fileName, strip(fileName, 5), "xml", TemplateFormat.XML));
        }
        if (lower.endsWith(".docx") && !fileName.startsWith("~$")) {
            return Optional.of(new KindTemplate(fileName, strip(fileName, 5), "docx", TemplateFormat.DOCX));
        }
        if (lower.endsWith(".ftl")) {
            String base = strip(fileName, 4);
            int dot = base.lastIndexOf('.');
            if (dot > 0 && dot < base.length() - 1) {
                return Optional.of(new KindTemplate(fileName, base.substring(0, dot), base.substring(dot + 1), TemplateFormat.TEXT));
            }
        }
        return Optional.empty();
    }

    private static String strip(String name, int suffix) {
        return name.substring(0, name.length() - suffix);
    }
}
