/**
 * OFD (GB/T 33190-2016), written from the layout of the PDF: a print template is laid out once by
 * openhtmltopdf (package {@code pdf}); PDFBox reads that PDF's glyphs and line art back, page by
 * page, and each glyph run becomes an OFD text object (real text, {@code TextCode} with positions),
 * each rule and border a path object, on A4 pages of the PDF's size. Fonts are the original TrueType
 * files subset with fontbox, {@code cmap} kept. ofdrw-core's elements describe the package; the
 * zip is written here, in a fixed order with fixed times, so the same inputs give the same bytes.
 */
package io.github.docgen.ofd;
