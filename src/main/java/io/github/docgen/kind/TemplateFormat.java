package io.github.docgen.kind;

/** How a template file is rendered, decided by its name. */
public enum TemplateFormat {
    /** {@code *.ftlh}: FreeMarker with HTML auto-escaping, output {@code .html}. */
    HTML,
    /** {@code *.ftlx}: FreeMarker with XML auto-escaping, output {@code .xml}. */
    XML,
    /** {@code name.ext.ftl}: FreeMarker plain text, output {@code .ext}. */
    TEXT,
    /** {@code *.docx}: a Word document holding FreeMarker in its text. */
    DOCX,
    /** {@code name.pdf.ftlh}: a print template, HTML with CSS paged media laid out into a PDF. */
    PDF,
    /**
     * {@code name.pdf.ftlh} again: the same print layout written as OFD (GB/T 33190-2016), output
     * {@code .ofd}. Every print template makes both formats.
     */
    OFD
}
