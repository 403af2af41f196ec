package io.github.docgen.docx;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Names and small navigation helpers for WordprocessingML elements. */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private WordXml() {
    }

    static boolean is(Node node, String localName) {
        return node instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    /** All {@code w:<localName>} elements under {@code root}, in document order. */
    static List<Element> all(Node root, String localName) {
        NodeList list = root instanceof org.w3c.dom.Document d ? d.getElementsByTagNameNS(W, localName)
                : ((Element) root).getElementsByTagNameNS(W, localName);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The nearest ancestor {@code w:<localName>} of {@code node}, or null. */
    static Element ancestor(Node node, String localName) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (is(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    static boolean isDescendant(Node node, Node ancestor) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
