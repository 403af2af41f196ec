package io.github.docgen.docx;

import org.w3c.dom.Document;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;

/**
 * Reads the body of a Word document someone else wrote (docgen:import reads agencies' own report
 * files), with the same guards as templates: the zip is pre-scanned (bombs, duplicate or unsafe
 * names, encrypted or .doc files) and the XML parsed with DOCTYPE refused.
 */
public final class WordDocumentReader {
    private static final String MAIN_PART = "word/document.xml";

    private WordDocumentReader() {
    }

    /** The parsed {@code word/document.xml}; a finding names the file and what is wrong with it. */
    public static Document mainPart(byte[] docx, String displayName) throws DocgenException {
        for (PackageEntry entry : DocxPackageScan.scan(docx, displayName)) {
            if (entry.name().equals(MAIN_PART)) {
                return SecureXml.parse(entry.bytes(), displayName, MAIN_PART);
            }
        }
        throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE",
                "is not a Word document: it has no " + MAIN_PART));
    }

    /** The WordprocessingML namespace. */
    public static String namespace() {
        return WordXml.W;
    }
}
