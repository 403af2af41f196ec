package io.github.docgen.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

/**
 * Parses the XML parts of a template. A Word part never needs a DOCTYPE, so one is refused
 * outright: that closes external entities (XXE) and entity expansion bombs in one rule.
 */
final class SecureXml {
    private static final DocumentBuilderFactory FACTORY = factory();

    private SecureXml() {
    }

    static Document parse(byte[] xml, String displayName, String partName) throws DocgenException {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) { // a factory is not guaranteed thread-safe; builders are cheap
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not stop a parse
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE is not allowed in a Word part (it could read files or expand entities)"
                    : e.getMessage();
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE",
                    partName + " line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + reason));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE",
                    partName + ": not well-formed XML: " + e.getMessage()));
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance(); // the JDK's own parser, whatever else is on the class path
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }
}
