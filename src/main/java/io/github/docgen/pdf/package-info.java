/**
 * The PDF format: a kind's print template ({@code name.pdf.ftlh}, HTML with CSS paged media) is
 * rendered by FreeMarker, every character checked against the build's fonts, and laid out by
 * openhtmltopdf on PDFBox into a tagged PDF/A-3a (PDF/UA-1) file with every font embedded as a
 * subset and the same bytes for the same inputs. The official families are looked up in the
 * configured and the system's font folders and fall back to the open fonts shipped with the plugin
 * ({@link io.github.docgen.pdf.FontCatalog}); the font files are read once per build, and each worker
 * parses them once and lends them to the PDFs it renders ({@link io.github.docgen.pdf.FontSet}).
 */
package io.github.docgen.pdf;
