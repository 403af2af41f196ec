package io.github.docgen.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.github.docgen.importer.PublishedShape.Block;
import io.github.docgen.importer.PublishedShape.Placed;
import io.github.docgen.importer.PublishedShape.Table;
import io.github.docgen.importer.PublishedShape.Text;

/**
 * Writes a report as an agency's own Word file: text split over runs the way Word stores it (a
 * proofing mark in the middle of a word, a number typed in two goes), a deleted revision, merged
 * cells as {@code w:gridSpan} and {@code w:vMerge}, and the date on a line of its own after a break.
 */
final class PublishedWordFile {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final long FIXED_TIME = java.time.Instant.parse("2022-01-20T00:00:00Z").toEpochMilli();

    private PublishedWordFile() {
    }

    static byte[] of(PublishedShape shape) {
        return of(shape, false);
    }

    /**
     * @param autoNumbered whether the section headings (一、) and the paragraphs opening with （一）
     *                     are numbered by Word's lists instead of typed: their markers are then
     *                     not in the text, as in many agencies' files
     */
    static byte[] of(PublishedShape shape, boolean autoNumbered) {
        StringBuilder body = new StringBuilder();
        for (Block block : shape.blocks) {
            if (block instanceof Text t) {
                String text = t.text();
                String numPr = "";
                if (autoNumbered && t.role().equals("heading") && text.matches("^[一二三四五六][、．].*")) {
                    text = text.substring(2);
                    numPr = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
                } else if (autoNumbered && t.role().equals("body") && text.matches("^（[一二三四五六七八九]）.*")) {
                    text = text.substring(3);
                    numPr = "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>";
                }
                body.append("<w:p><w:pPr>").append(numPr).append("<w:jc w:val=\"").append(t.role().equals("signature") ? "right" : "both")
                        .append("\"/></w:pPr>").append(runs(text)).append("</w:p>");
            } else {
                body.append(table((Table) block));
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>";
        return zip(document, autoNumbered);
    }

    /** A paragraph's text in three runs, with a proofing mark and a deleted word between them. */
    private static String runs(String text) {
        int third = Math.max(1, text.length() / 3);
        if (text.length() < 3) {
            return run(text);
        }
        return run(text.substring(0, third)) + "<w:proofErr w:type=\"spellStart\"/>" + run(text.substring(third, 2 * third))
                + "<w:del w:id=\"1\" w:author=\"办公室\"><w:r><w:delText>删去的字</w:delText></w:r></w:del>"
                + "<w:proofErr w:type=\"spellEnd\"/>" + run(text.substring(2 * third));
    }

    private static String run(String text) {
        return "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    private static String table(Table table) {
        StringBuilder xml = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
        for (List<Placed> row : PublishedShape.placed(table)) {
            xml.append("<w:tr>");
            for (Placed placed : row) {
                xml.append("<w:tc><w:tcPr>");
                if (placed.colSpan() > 1) {
                    xml.append("<w:gridSpan w:val=\"").append(placed.colSpan()).append("\"/>");
                }
                if (placed.cell() == null) {
                    xml.append("<w:vMerge/>");
                } else if (placed.startsMerge()) {
                    xml.append("<w:vMerge w:val=\"restart\"/>");
                }
                xml.append("</w:tcPr><w:p>");
                String text = placed.cell() == null ? "" : placed.cell().text();
                xml.append(text.matches("[0-9]{2,}") ? run(text.substring(0, 1)) + run(text.substring(1)) : runs(text));
                xml.append("</w:p></w:tc>");
            }
            xml.append("</w:tr>");
        }
        return xml.append("</w:tbl>").toString();
    }

    private static byte[] zip(String document, boolean numbering) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", document);
            if (numbering) {
                entry(zip, "word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"" + W + "\">"
                        + "<w:abstractNum w:abstractNumId=\"0\">"
                        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
                        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/><w:suff w:val=\"nothing\"/></w:lvl>"
                        + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME); // the same report gives the same bytes, so committed copies can be compared
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
