package io.github.docgen.pdf;

import java.util.List;
import java.util.Map;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;

/**
 * Checks, before layout, that every character of a document has a glyph in one of the PDF's fonts:
 * openhtmltopdf would otherwise print {@code #} or an empty box. A missing character is traced back
 * to the data value that holds it, so the message names the data file and the value; a character
 * that only the template holds is reported at the template.
 */
final class MissingGlyphs {
    private final FontSet fonts;

    MissingGlyphs(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The finding for the first character of {@code html} no font has, or null when all print. */
    Finding check(CharSequence html, Map<String, Object> model, String templateName) {
        int missing = firstMissing(html);
        if (missing < 0) {
            return null;
        }
        String what = "character '" + new String(Character.toChars(missing)) + "' (U+" + String.format("%04X", missing)
                + ") has no glyph in any font of the PDF (" + fonts.describe() + ")";
        String source = source(model);
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            if (entry.getKey().equals("project") || entry.getKey().equals("doc")) {
                continue;
            }
            String place = find(entry.getValue(), entry.getKey(), missing);
            if (place != null) {
                return Finding.error(SourcePosition.ofFile(source != null ? source : templateName), "PDF",
                        what + ", in the value " + place + "; write it differently or configure fontDirectories with a font that has it");
            }
        }
        return Finding.error(SourcePosition.ofFile(templateName), "PDF", what + ", in the template's own text");
    }

    private int firstMissing(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (c > 0x7E && !Character.isWhitespace(c) && !fonts.hasGlyph(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The path of the first value under {@code value} holding {@code c}, with its line when on a later one. */
    private static String find(Object value, String path, int c) {
        if (value instanceof String text) {
            int at = text.indexOf(new String(Character.toChars(c)));
            if (at < 0) {
                return null;
            }
            long line = text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
            return "'" + path + "'" + (line > 1 ? " (line " + line + " of it)" : "");
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String found = find(e.getValue(), path + "." + e.getKey(), c);
                if (found != null) {
                    return found;
                }
            }
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String found = find(list.get(i), path + "[" + i + "]", c);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String source(Map<String, Object> model) {
        return model.get("doc") instanceof Map<?, ?> doc && doc.get("source") instanceof String s ? s : null;
    }
}
