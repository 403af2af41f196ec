package io.github.docgen.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small Word templates from XML strings, the way Word stores what a maintainer typed:
 * {@code DocxFixture.body(p(r("Agency: "), r("$"), r("{agen"), r("cy}")))}. Only the parts a
 * package needs ([Content_Types].xml, the relationships, the main document), plus headers,
 * footers and footnotes when asked for.
 */
final class DocxFixture {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final String body;
    private String header;
    private String footer;
    private String footnotes;
    private String endnotes;
    private final Map<String, String> extraParts = new LinkedHashMap<>();

    private DocxFixture(String body) {
        this.body = body;
    }

    /** A document whose body holds {@code blocks} (paragraphs and tables). */
    static DocxFixture body(String... blocks) {
        return new DocxFixture(String.join("\n", blocks));
    }

    DocxFixture header(String... blocks) {
        this.header = String.join("", blocks);
        return this;
    }

    DocxFixture footer(String... blocks) {
        this.footer = String.join("", blocks);
        return this;
    }

    /** Footnote 1 holds {@code blocks}; the separator notes Word always writes are added. */
    DocxFixture footnote(String... blocks) {
        this.footnotes = String.join("", blocks);
        return this;
    }

    /** Endnote 1 holds {@code blocks}. */
    DocxFixture endnote(String... blocks) {
        this.endnotes = String.join("", blocks);
        return this;
    }

    /** Any further part, such as {@code word/styles.xml}, as it should appear in the zip. */
    DocxFixture part(String name, String xml) {
        extraParts.put(name, xml);
        return this;
    }

    static String p(String... runs) {
        return "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00A1B2C3\">" + String.join("", runs) + "</w:p>";
    }

    static String r(String text) {
        return "<w:r w:rsidRPr=\"00D4E5F6\"><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static String bold(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r>";
    }

    static String tc(String properties, String... paragraphs) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/>" + properties + "</w:tcPr>" + String.join("", paragraphs) + "</w:tc>";
    }

    static String tr(String... cells) {
        return "<w:tr w:rsidR=\"00112233\">" + String.join("", cells) + "</w:tr>";
    }

    static String table(int columns, String... rows) {
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            grid.append("<w:gridCol w:w=\"2000\"/>");
        }
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>" + grid + "</w:tblGrid>"
                + String.join("", rows) + "</w:tbl>";
    }

    byte[] zip() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes());
        parts.put("_rels/.rels", XML_HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"word/document.xml\"/></Relationships>");
        parts.put("word/document.xml", XML_HEAD + "<w:document " + NS + "><w:body>\n" + body + "\n<w:sectPr>"
                + (header == null ? "" : "<w:headerReference w:type=\"default\" r:id=\"rIdH\"/>")
                + (footer == null ? "" : "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/>")
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\""
                + " w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        parts.put("word/_rels/document.xml.rels", documentRels());
        if (header != null) {
            parts.put("word/header1.xml", XML_HEAD + "<w:hdr " + NS + ">" + header + "</w:hdr>");
        }
        if (footer != null) {
            parts.put("word/footer1.xml", XML_HEAD + "<w:ftr " + NS + ">" + footer + "</w:ftr>");
        }
        if (footnotes != null) {
            parts.put("word/footnotes.xml", XML_HEAD + "<w:footnotes " + NS + ">"
                    + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                    + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                    + "<w:footnote w:id=\"1\">" + footnotes + "</w:footnote></w:footnotes>");
        }
        if (endnotes != null) {
            parts.put("word/endnotes.xml", XML_HEAD + "<w:endnotes " + NS + ">"
                    + "<w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>"
                    + "<w:endnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>"
                    + "<w:endnote w:id=\"1\">" + endnotes + "</w:endnote></w:endnotes>");
        }
        parts.putAll(extraParts);
        return zip(parts);
    }

    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String contentTypes() {
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return XML_HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + (header == null ? "" : "<Override PartName=\"/word/header1.xml\" ContentType=\"" + wml + "header+xml\"/>")
                + (footer == null ? "" : "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + wml + "footer+xml\"/>")
                + (footnotes == null ? "" : "<Override PartName=\"/word/footnotes.xml\" ContentType=\"" + wml + "footnotes+xml\"/>")
                + (endnotes == null ? "" : "<Override PartName=\"/word/endnotes.xml\" ContentType=\"" + wml + "endnotes+xml\"/>")
                + (extraParts.containsKey("word/styles.xml") ? "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>" : "")
                + "</Types>";
    }

    private String documentRels() {
        String base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        return XML_HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + (header == null ? "" : "<Relationship Id=\"rIdH\" Type=\"" + base + "header\" Target=\"header1.xml\"/>")
                + (footer == null ? "" : "<Relationship Id=\"rIdF\" Type=\"" + base + "footer\" Target=\"footer1.xml\"/>")
                + (footnotes == null ? "" : "<Relationship Id=\"rIdN\" Type=\"" + base + "footnotes\" Target=\"footnotes.xml\"/>")
                + (endnotes == null ? "" : "<Relationship Id=\"rIdE\" Type=\"" + base + "endnotes\" Target=\"endnotes.xml\"/>")
                + (extraParts.containsKey("word/styles.xml") ? "<Relationship Id=\"rIdS\" Type=\"" + base + "styles\" Target=\"styles.xml\"/>" : "")
                + "</Relationships>";
    }
}
