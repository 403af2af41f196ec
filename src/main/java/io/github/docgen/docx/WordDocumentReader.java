package io.github.docgen.docx;

import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Document;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;

/**
 * Reads the parts of a Word document someone else wrote (docgen:import reads agencies' own report
 * files), with the same guards as templates: the zip is pre-scanned (bombs, duplicate or unsafe
 * names, encrypted or .doc files) and the XML parsed with DOCTYPE refused.
 */
public final class WordDocumentReader {
    private static final String MAIN_PART = "word/document.xml";
    private static final String NUMBERING_PART = "word/numbering.xml";
    private static final String STYLES_PART = "word/styles.xml";

    private WordDocumentReader() {
    }

    /**
     * The parts that say what a reader sees in the body.
     *
     * @param numbering the list definitions (automatic numbering such as 一、 or （一）), or null
     * @param styles    the styles, which may number paragraphs too, or null
     */
    public record WordParts(Document document, Document numbering, Document styles) {
    }

    /** The parsed body, numbering and styles; a finding names the file and what is wrong with it. */
    public static WordParts read(byte[] docx, String displayName) throws DocgenException {
        Map<String, byte[]> parts = new HashMap<>();
        for (PackageEntry entry : DocxPackageScan.scan(docx, displayName)) {
            parts.put(entry.name(), entry.bytes());
        }
        if (!parts.containsKey(MAIN_PART)) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE",
                    "is not a Word document: it has no " + MAIN_PART));
        }
        return new WordParts(SecureXml.parse(parts.get(MAIN_PART), displayName, MAIN_PART),
                parse(parts, NUMBERING_PART, displayName), parse(parts, STYLES_PART, displayName));
    }

    private static Document parse(Map<String, byte[]> parts, String name, String displayName) throws DocgenException {
        return parts.containsKey(name) ? SecureXml.parse(parts.get(name), displayName, name) : null;
    }

    /** The WordprocessingML namespace. */
    public static String namespace() {
        return WordXml.W;
    }
}
