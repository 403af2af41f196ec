package io.github.docgen.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

/** Turns FreeMarker's exceptions into one located line, without FreeMarker's debug banner. */
public final class TemplateFailure {

    private TemplateFailure() {
    }

    public static Finding of(ParseException e, String templateDisplayName) {
        return Finding.error(new SourcePosition(templateDisplayName, e.getLineNumber(), e.getColumnNumber()),
                "TEMPLATE", "syntax: " + firstLine(e.getEditorMessage()));
    }

    public static Finding of(TemplateException e, String templateDisplayName) {
        Integer line = e.getLineNumber();
        Integer column = e.getColumnNumber();
        SourcePosition at = line == null ? SourcePosition.ofFile(templateDisplayName)
                : new SourcePosition(templateDisplayName, line, column == null ? 1 : column);
        return Finding.error(at, "TEMPLATE", firstLine(e.getMessageWithoutStackTop()));
    }

    /** The exception a render failure is reported with: located in the template, blaming the expression FreeMarker names. */
    public static DocgenException exception(TemplateException e, Finding located) {
        return DocgenException.blaming(located, e.getBlamedExpressionString());
    }

    /** FreeMarker's messages run over several lines with tips; keep the statement and the blamed expression. */
    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("----") || trimmed.startsWith("Tip:") || trimmed.startsWith("FTL stack trace")) {
                break;
            }
            if (!trimmed.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(trimmed);
            }
        }
        return out.toString().replace("==>", "in").replaceAll("\\s+", " ");
    }
}
