package io.github.docgen.importer;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.docx.WordDocumentReader;

/**
 * Reads an agency's own Word file of its report into paragraphs and tables, in reading order.
 * Text is what Word shows: the runs of a paragraph joined (a tag split over runs by spell-check
 * or revision marks reads whole), deleted text and field codes left out, a line break
 * ({@code w:br}) starting a new paragraph. Merged cells become a grid: {@code w:gridSpan} across,
 * {@code w:vMerge} down, {@code w:gridBefore} at a row's start.
 */
final class DocxReportSource {
    private static final String W = WordDocumentReader.namespace();
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxReportSource() {
    }

    static PublishedDocument read(byte[] bytes, String file) throws DocgenException {
        WordDocumentReader.WordParts parts = WordDocumentReader.read(bytes, file);
        Element body = child(parts.document().getDocumentElement(), "body");
        List<PublishedBlock> blocks = new ArrayList<>();
        if (body != null) {
            new Walk(file, new WordNumbering(parts.numbering(), parts.styles())).blocks(body, blocks);
        }
        return new PublishedDocument(file, null, blocks);
    }

    private static final class Walk {
        private final String file;
        private final WordNumbering numbering;
        private int paragraphs;
        private int tables;

        Walk(String file, WordNumbering numbering) {
            this.file = file;
            this.numbering = numbering;
        }

        void blocks(Element container, List<PublishedBlock> out) {
            for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (is(n, "p")) {
                    paragraphs++;
                    SourcePosition at = SourcePosition.ofFile(file + " paragraph " + paragraphs);
                    List<String> texts = paragraphTexts((Element) n);
                    texts.set(0, numbering.label((Element) n) + texts.get(0));
                    for (String text : texts) {
                        String visible = VisibleText.trim(text);
                        if (!visible.isEmpty()) {
                            out.add(new PublishedBlock.Paragraph(visible, at));
                        }
                    }
                } else if (is(n, "tbl")) {
                    tables++;
                    out.add(new PublishedBlock.Table(table((Element) n)));
                } else if (is(n, "sdt")) {
                    Element content = child((Element) n, "sdtContent");
                    if (content != null) {
                        blocks(content, out);
                    }
                }
            }
        }

        private CellGrid table(Element tbl) {
            String where = file + " table " + tables;
            CellGrid.Builder grid = new CellGrid.Builder(SourcePosition.ofFile(where));
            int rowNumber = 0;
            for (Element tr : children(tbl, "tr")) {
                rowNumber++;
                grid.startRow();
                Element trPr = child(tr, "trPr");
                grid.skip(intVal(trPr == null ? null : child(trPr, "gridBefore"), 0));
                int cellNumber = 0;
                for (Element tc : children(tr, "tc")) {
                    cellNumber++;
                    SourcePosition at = SourcePosition.ofFile(where + ", row " + rowNumber + ", cell " + cellNumber);
                    Element tcPr = child(tc, "tcPr");
                    int span = intVal(tcPr == null ? null : child(tcPr, "gridSpan"), 1);
                    Element vMerge = tcPr == null ? null : child(tcPr, "vMerge");
                    if (vMerge != null && !"restart".equals(vMerge.getAttributeNS(W, "val"))) {
                        grid.continueAbove(at, span);
                    } else {
                        List<String> lines = new ArrayList<>();
                        for (Element p : children(tc, "p")) {
                            List<String> texts = paragraphTexts(p);
                            texts.set(0, numbering.label(p) + texts.get(0));
                            texts.stream().map(VisibleText::trim).filter(t -> !t.isEmpty()).forEach(lines::add);
                        }
                        grid.add(String.join("\n", lines), at, 1, span);
                    }
                }
            }
            return grid.build();
        }
    }

    /** The text of a paragraph, split where it has a line break. */
    private static List<String> paragraphTexts(Element p) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(p, current, texts);
        texts.add(current.toString());
        return texts;
    }

    private static void collect(Node node, StringBuilder current, List<String> texts) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (MC.equals(e.getNamespaceURI()) && e.getLocalName().equals("Fallback")) {
                continue; // the same content as the Choice before it
            }
            if (W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "t" -> current.append(e.getTextContent());
                    case "tab", "ptab" -> current.append('\t');
                    case "noBreakHyphen" -> current.append('-');
                    case "br", "cr" -> {
                        texts.add(current.toString());
                        current.setLength(0);
                    }
                    case "del", "delText", "instrText", "pPr", "rPr", "footnoteReference", "endnoteReference" -> {
                    }
                    default -> collect(e, current, texts);
                }
            } else {
                collect(e, current, texts);
            }
        }
    }

    private static boolean is(Node n, String localName) {
        return n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, localName)) {
                out.add((Element) n);
            } else if (is(n, "sdt") || is(n, "customXml")) {
                Element content = child((Element) n, "sdtContent");
                out.addAll(children(content == null ? (Element) n : content, localName));
            }
        }
        return out;
    }

    private static int intVal(Element element, int otherwise) {
        if (element == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(element.getAttributeNS(W, "val").trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
