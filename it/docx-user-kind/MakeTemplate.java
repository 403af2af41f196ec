import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes src/docgen/kinds/notice/notice.docx, the Word template of this integration test, the way
 * Word stores typed FreeMarker: tags split over runs with revision ids and a spell-check mark,
 * typographic quotes, a directive alone in its paragraph, a list over a table row, a header.
 * Regenerate with:  java it/docx-user-kind/MakeTemplate.java
 */
public class MakeTemplate {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static void main(String[] args) throws IOException {
        Path base = Path.of(args.length > 0 ? args[0] : "it/docx-user-kind");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + WML + "document.main+xml\"/>"
                + "<Override PartName=\"/word/header1.xml\" ContentType=\"" + WML + "header+xml\"/></Types>");
        parts.put("_rels/.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        parts.put("word/_rels/document.xml.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdH\" Type=\"" + REL + "header\" Target=\"header1.xml\"/></Relationships>");
        parts.put("word/header1.xml", HEAD + "<w:hdr " + NS + ">" + p(r("${agen"), r("cy}")) + "</w:hdr>");
        parts.put("word/document.xml", HEAD + "<w:document " + NS + "><w:body>"
                + p(r("$"), r("{ti"), r("tle}"))
                + p(r("Version ${project.version}, status ${final?string(\u201Cfinal\u201D, \u201Cdraft\u201D)}"))
                + p(r("[#if note??]"))
                + p(r("Note: ${note}"))
                + p(r("[/#if]"))
                + "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + tr(tc(p(r("Change"))), tc(p(r("Issues"))))
                + tr(tc(p(r("[#list changes as c]${c.title}"))), tc(p(r("${c."), "<w:proofErr w:type=\"spellStart\"/>", r("issues"),
                        "<w:proofErr w:type=\"spellEnd\"/>", r("}[/#list]"))))
                + "</w:tbl>"
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>"
                + "</w:body></w:document>");
        Path out = base.resolve("src/docgen/kinds/notice/notice.docx");
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0)); // the same bytes on every run
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        System.out.println("wrote " + out);
    }

    static String p(String... runs) {
        return "<w:p w:rsidR=\"00C41A2B\">" + String.join("", runs) + "</w:p>";
    }

    static String r(String text) {
        return "<w:r w:rsidRPr=\"00E12F07\"><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String tc(String paragraph) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + paragraph + "</w:tc>";
    }
}
