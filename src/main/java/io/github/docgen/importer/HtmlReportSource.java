package io.github.docgen.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import io.github.docgen.diagnostic.SourcePosition;

/**
 * Reads a published page into paragraphs and tables, in reading order, with the line and column
 * each starts at. jsoup parses the page as a browser does (Word's conditional comments, {@code <o:p>},
 * unclosed {@code <p>}); paragraphs are what a browser would show as blocks, tables that hold
 * other tables are layout, not data, and are read through.
 */
final class HtmlReportSource {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
            "dt", "dd", "blockquote", "section", "article", "header", "footer", "nav", "aside", "main", "center", "pre",
            "address", "figure", "figcaption", "form", "hr", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
            "body", "fieldset", "details", "summary");
    private static final Set<String> UNSEEN = Set.of("script", "style", "head", "noscript", "template", "select", "option",
            "button", "input", "textarea", "iframe", "object", "svg", "math", "xml");

    private HtmlReportSource() {
    }

    static PublishedDocument read(byte[] bytes, String file) {
        Document page = Jsoup.parse(HtmlCharset.decode(bytes), "", Parser.htmlParser().setTrackPosition(true));
        List<PublishedBlock> blocks = new ArrayList<>();
        new Walk(file, blocks).element(page.body());
        String title = page.title().isBlank() ? null : VisibleText.of(page.title());
        return new PublishedDocument(file, title, blocks);
    }

    /** Collects the blocks of one element; also used for the paragraphs of a table cell. */
    private static final class Walk {
        private final String file;
        private final List<PublishedBlock> blocks;
        private final StringBuilder text = new StringBuilder();
        private SourcePosition start;

        Walk(String file, List<PublishedBlock> blocks) {
            this.file = file;
            this.blocks = blocks;
        }

        void element(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    if (start == null && !t.isBlank()) {
                        start = position(element);
                    }
                    text.append(t.getWholeText());
                } else if (child instanceof Element e && isSeen(e)) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        flush();
                    } else if (tag.equals("table") && isDataTable(e)) {
                        flush();
                        blocks.add(new PublishedBlock.Table(table(e)));
                    } else if (BLOCKS.contains(tag)) {
                        flush();
                        element(e);
                        flush();
                    } else {
                        element(e);
                    }
                }
            }
        }

        private void flush() {
            String paragraph = VisibleText.of(text);
            if (!paragraph.isEmpty()) {
                blocks.add(new PublishedBlock.Paragraph(paragraph, start));
            }
            text.setLength(0);
            start = null;
        }

        private SourcePosition position(Element element) {
            var range = element.sourceRange();
            return range.isTracked() ? new SourcePosition(file, range.start().lineNumber(), range.start().columnNumber())
                    : SourcePosition.ofFile(file);
        }

        private CellGrid table(Element table) {
            CellGrid.Builder grid = new CellGrid.Builder(position(table));
            for (Element row : rows(table)) {
                grid.startRow();
                for (Element cell : row.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        List<PublishedBlock> inside = new ArrayList<>();
                        Walk walk = new Walk(file, inside);
                        walk.element(cell);
                        walk.flush();
                        String text = String.join("\n", inside.stream()
                                .map(b -> b instanceof PublishedBlock.Paragraph p ? p.text() : "").toList());
                        grid.add(text, position(cell), span(cell, "rowspan"), span(cell, "colspan"));
                    }
                }
            }
            return grid.build();
        }
    }

    /** A table's own rows, not those of tables inside it. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream().filter(r -> r.normalName().equals("tr")).forEach(rows::add);
                default -> {
                }
            }
        }
        return rows;
    }

    /** Tables of data hold no other table and have at least two rows of two cells; the rest lay a page out. */
    private static boolean isDataTable(Element table) {
        if (!table.select("table table").isEmpty() || table.getElementsByTag("table").size() > 1) {
            return false;
        }
        return rows(table).stream().filter(r -> r.children().size() >= 2).count() >= 2;
    }

    private static boolean isSeen(Element e) {
        if (UNSEEN.contains(e.normalName())) {
            return false;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return !style.contains("display:none") && !e.hasAttr("hidden");
    }

    private static int span(Element cell, String attribute) {
        try {
            return Integer.parseInt(cell.attr(attribute).trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
