package io.github.docgen.wordml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.github.docgen.wordml.Xml.el;

/**
 * A .docx assembled from its parts: content types, package and document relationships, then the
 * parts in the order they were added. Every entry carries the same fixed time and the order never
 * changes, so generating twice gives the same bytes and Git sees only real changes.
 */
public final class DocxPackage {
    /** The DOS epoch: the earliest time a zip entry can carry, and no time of any machine. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private record Part(String path, String contentType, String xml) {
    }

    private final List<Part> wordParts = new ArrayList<>();
    private final Xml documentRelationships = el("Relationships", "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    private final String title;

    public DocxPackage(String title) {
        this.title = title;
    }

    /**
     * Adds a part under {@code word/} that the main document refers to, e.g. ("styles", "styles.xml"),
     * and returns the relationship id the document uses for it.
     */
    public String wordPart(String kind, String fileName, String xml) {
        String id = "rId" + (wordParts.size() + 1);
        wordParts.add(new Part("word/" + fileName, WORD_TYPE + kind + "+xml", xml));
        documentRelationships.add(el("Relationship", "Id", id, "Type", RELATIONSHIP + kind, "Target", fileName));
        return id;
    }

    public byte[] toBytes(String documentXml) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("[Content_Types].xml", null, contentTypes()));
        parts.add(new Part("_rels/.rels", null, packageRelationships()));
        parts.add(new Part("docProps/core.xml", null, coreProperties()));
        parts.add(new Part("docProps/app.xml", null, appProperties()));
        parts.add(new Part("word/document.xml", null, documentXml));
        parts.add(new Part("word/_rels/document.xml.rels", null, documentRelationships.document()));
        parts.addAll(wordParts);
        return zip(parts);
    }

    private String contentTypes() {
        Xml types = el("Types", "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types").add(
                el("Default", "Extension", "rels", "ContentType", "application/vnd.openxmlformats-package.relationships+xml"),
                el("Default", "Extension", "xml", "ContentType", "application/xml"),
                override("/word/document.xml", WORD_TYPE + "document.main+xml"),
                override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        wordParts.forEach(part -> types.add(override("/" + part.path(), part.contentType())));
        return types.document();
    }

    private static Xml override(String partName, String contentType) {
        return el("Override", "PartName", partName, "ContentType", contentType);
    }

    private static String packageRelationships() {
        return el("Relationships", "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships").add(
                el("Relationship", "Id", "rId1", "Type", RELATIONSHIP + "officeDocument", "Target", "word/document.xml"),
                el("Relationship", "Id", "rId2", "Type",
                        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "Target", "docProps/core.xml"),
                el("Relationship", "Id", "rId3", "Type", RELATIONSHIP + "extended-properties", "Target", "docProps/app.xml"))
                .document();
    }

    /** Title and author only: no creation date, which would change the bytes on every run. */
    private String coreProperties() {
        return el("cp:coreProperties",
                "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                "xmlns:dc", "http://purl.org/dc/elements/1.1/").add(
                el("dc:title").text(title),
                el("dc:creator").text("docgen-maven-plugin")).document();
    }

    private static String appProperties() {
        return el("Properties", "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties").add(
                el("Application").text("docgen-maven-plugin")).document();
    }

    private static byte[] zip(List<Part> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Part part : parts) {
                ZipEntry entry = new ZipEntry(part.path());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(part.xml().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
