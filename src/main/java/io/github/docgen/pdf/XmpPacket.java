package io.github.docgen.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The XMP metadata of a PDF, written as text: PDF/A-3a and PDF/UA-1 identification, Dublin Core
 * (title, author, language), the dates of the build, and the docgen properties, which PDF/A requires
 * to be described by an extension schema. Written by hand rather than through xmpbox so that the same
 * values give the same bytes (xmpbox stamps nothing, but its serialiser's output depends on the
 * XML transformer the JVM happens to have).
 */
final class XmpPacket {
    static final String DOCGEN_NS = "https://github.com/docgen/docgen-maven-plugin/ns/xmp/1.0/";

    private XmpPacket() {
    }

    /**
     * @param docgen the docgen properties in order (version, commit, source, kind, status); absent ones left out
     */
    static byte[] of(String title, String author, String language, String date, String producer, String creatorTool,
                     Map<String, String> docgen) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        open(x, "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        x.append("<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n");
        close(x);
        open(x, "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
        x.append("<pdfuaid:part>1</pdfuaid:part>\n");
        close(x);
        open(x, "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"");
        x.append("<dc:format>application/pdf</dc:format>\n");
        x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title)).append("</rdf:li></rdf:Alt></dc:title>\n");
        if (author != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n");
        close(x);
        open(x, "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
        x.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("<xmp:CreatorTool>").append(escape(creatorTool)).append("</xmp:CreatorTool>\n");
        close(x);
        open(x, "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
        x.append("<pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        close(x);
        open(x, "xmlns:docgen=\"" + DOCGEN_NS + "\"");
        docgen.forEach((name, value) -> x.append("<docgen:").append(name).append('>').append(escape(value))
                .append("</docgen:").append(name).append(">\n"));
        close(x);
        extensionSchemas(x, docgen);
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** PDF/A allows XMP properties outside its predefined schemas only when described here. */
    private static void extensionSchemas(StringBuilder x, Map<String, String> docgen) {
        open(x, "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
        x.append("<pdfaExtension:schemas><rdf:Bag>\n");
        schema(x, "PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid",
                Map.of("part", "Indicates, which part of ISO 14289 standard is followed"), "Integer");
        schema(x, "docgen document properties", DOCGEN_NS, "docgen", describe(docgen), "Text");
        x.append("</rdf:Bag></pdfaExtension:schemas>\n");
        close(x);
    }

    private static Map<String, String> describe(Map<String, String> docgen) {
        Map<String, String> described = new java.util.LinkedHashMap<>();
        docgen.keySet().forEach(name -> described.put(name, "docgen " + name + " of the document"));
        return described;
    }

    private static void schema(StringBuilder x, String name, String namespace, String prefix, Map<String, String> properties,
                               String valueType) {
        x.append("<rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>").append(escape(name)).append("</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>").append(namespace).append("</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>").append(prefix).append("</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq>\n");
        properties.forEach((property, description) -> x.append("<rdf:li rdf:parseType=\"Resource\">")
                .append("<pdfaProperty:name>").append(property).append("</pdfaProperty:name>")
                .append("<pdfaProperty:valueType>").append(valueType).append("</pdfaProperty:valueType>")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>")
                .append("<pdfaProperty:description>").append(escape(description)).append("</pdfaProperty:description>")
                .append("</rdf:li>\n"));
        x.append("</rdf:Seq></pdfaSchema:property>\n</rdf:li>\n");
    }

    private static void open(StringBuilder x, String namespaces) {
        x.append("<rdf:Description rdf:about=\"\" ").append(namespaces).append(">\n");
    }

    private static void close(StringBuilder x) {
        x.append("</rdf:Description>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
