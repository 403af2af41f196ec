package io.github.docgen.wordml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks a Word document against the ECMA-376 transitional schemas, as Word reads it: LibreOffice
 * and docx4j forgive an element out of schema order or an attribute in the wrong place, Word
 * calls the file damaged. Each XML part under {@code word/} (and the {@code docProps/} parts the
 * schemas cover) is read with markup compatibility applied for a consumer that understands the
 * namespaces ECMA-376 defines ({@link MarkupCompatibility}), then validated with the XMLBeans
 * types of Apache POI's {@code poi-ooxml-full}.
 *
 * <p>{@code TransitionalSchema.assertValid(docx)} in a test; {@link #violations} for the list.
 */
public final class TransitionalSchema {
    /** POI's compiled schemas: ECMA-376 transitional, plus a few Office extensions that are not counted as understood. */
    private static final SchemaTypeSystem SCHEMAS = CTDocument1.type.getTypeSystem();

    private static final java.util.regex.Pattern WORDML_NAME = java.util.regex.Pattern.compile(
            "([\\w-]+)@http://schemas\\.openxmlformats\\.org/wordprocessingml/2006/main");

    private TransitionalSchema() {
    }

    /** Fails with every violation of every part, each naming the part and the element. */
    public static void assertValid(byte[] docx) {
        List<String> violations = violations(docx);
        if (!violations.isEmpty()) {
            throw new AssertionError("the Word document is not valid ECMA-376 transitional:\n  " + String.join("\n  ", violations));
        }
    }

    public static void assertValid(Path docx) {
        try {
            assertValid(Files.readAllBytes(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The namespaces ECMA-376 defines (OOXML, and the VML ones its transitional schemas keep). */
    static boolean understood(String namespace) {
        return namespace.startsWith("http://schemas.openxmlformats.org/") || namespace.startsWith("urn:schemas-microsoft-com:");
    }

    /** Every violation found, as {@code part: where: what}; empty for a valid document. */
    public static List<String> violations(byte[] docx) {
        List<String> out = new ArrayList<>();
        boolean sawDocument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                byte[] bytes = zip.readAllBytes();
                if (name.endsWith(".xml") && (name.startsWith("word/") || name.startsWith("docProps/"))) {
                    sawDocument |= name.equals("word/document.xml");
                    validatePart(name, bytes, out);
                }
            }
        } catch (IOException e) {
            out.add("the package cannot be read: " + e.getMessage());
        }
        if (!sawDocument) {
            out.add("the package has no word/document.xml");
        }
        return out;
    }

    private static void validatePart(String name, byte[] bytes, List<String> out) {
        Document dom;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            out.add(name + ": not well-formed XML: " + e.getMessage());
            return;
        }
        Element root = dom.getDocumentElement();
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        SchemaType type = SCHEMAS.findDocumentType(new QName(namespace, root.getLocalName()));
        if (type == null) {
            // docProps/core.xml is OPC's (Part 2), not in these schemas; a word/ part must be one of them
            if (name.startsWith("word/") && understood(namespace)) {
                out.add(name + ": the root element {" + namespace + "}" + root.getLocalName() + " is not one ECMA-376 defines");
            }
            return;
        }
        for (String error : MarkupCompatibility.process(root, TransitionalSchema::understood)) {
            out.add(name + ": " + error);
        }
        List<XmlError> errors = new ArrayList<>();
        try {
            XmlObject part = SCHEMAS.parse(dom, type, new XmlOptions());
            part.validate(new XmlOptions().setErrorListener(errors));
        } catch (XmlException e) {
            out.add(name + ": " + e.getMessage());
        }
        for (XmlError error : errors) {
            out.add(name + ": " + where(error) + ": " + shorter(error.getMessage()));
        }
    }

    /** XMLBeans names every element with its namespace, and lists all it expected: the WordprocessingML ones get their prefix, the list a limit. */
    private static String shorter(String message) {
        String named = WORDML_NAME.matcher(message).replaceAll("w:$1");
        return named.length() > 400 ? named.substring(0, 397) + "..." : named;
    }

    /** The element an error is at, as a path from the root: {@code /w:document[1]/w:body[1]/w:p[3]}. */
    private static String where(XmlError error) {
        try (XmlCursor cursor = error.getCursorLocation()) {
            return cursor == null ? "?" : MarkupCompatibility.path(cursor.getDomNode());
        }
    }
}
