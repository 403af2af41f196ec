package io.github.docgen.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.github.docgen.wordml.TransitionalSchema;

/**
 * A rendered .docx read the way a user checks it: the text of each paragraph (a line break as
 * {@code \n}, a tab as {@code \t}) and of each table cell. Every document read is first validated
 * against the ECMA-376 transitional schemas ({@link TransitionalSchema}), so any test that renders
 * fails on a file Word would call damaged.
 */
final class RenderedDocx {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    final byte[] bytes;
    final Map<String, byte[]> entries = new LinkedHashMap<>();

    RenderedDocx(byte[] bytes) {
        TransitionalSchema.assertValid(bytes);
        this.bytes = bytes;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document xml(String part) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get(part)));
        } catch (Exception e) {
            throw new AssertionError(part + " is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The text of every paragraph of the part that is not inside a table, in order. */
    List<String> paragraphs(String part) {
        List<String> out = new ArrayList<>();
        for (Element p : elements(xml(part), "p")) {
            if (ancestor(p, "tbl") == null) {
                out.add(text(p));
            }
        }
        return out;
    }

    List<String> bodyParagraphs() {
        return paragraphs("word/document.xml");
    }

    /** Table {@code index} (0-based) of the main document: each row as the texts of its cells. */
    List<List<String>> table(int index) {
        Element table = elements(xml("word/document.xml"), "tbl").get(index);
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : elements(table, "tr")) {
            List<String> cells = new ArrayList<>();
            for (Element tc : elements(tr, "tc")) {
                List<String> texts = new ArrayList<>();
                for (Element p : elements(tc, "p")) {
                    texts.add(text(p));
                }
                cells.add(String.join("|", texts));
            }
            rows.add(cells);
        }
        return rows;
    }

    static String text(Element paragraph) {
        StringBuilder out = new StringBuilder();
        collect(paragraph, out);
        return out.toString();
    }

    private static void collect(Node n, StringBuilder out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "t" -> out.append(e.getTextContent());
                    case "br" -> out.append('\n');
                    case "tab" -> out.append('\t');
                    default -> collect(e, out);
                }
            }
        }
    }

    static List<Element> elements(Node root, String localName) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(W, localName)
                : ((Element) root).getElementsByTagNameNS(W, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Element ancestor(Node n, String localName) {
        for (Node a = n.getParentNode(); a != null; a = a.getParentNode()) {
            if (a instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
