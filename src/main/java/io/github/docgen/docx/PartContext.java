package io.github.docgen.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.Finding;

/**
 * What the compiler knows about one part while turning it into a template: where each paragraph
 * is (for messages a maintainer can follow in Word), its visible text, the tags found, and the
 * problems found so far.
 */
final class PartContext {
    /** Target of the processing instructions that stand for FreeMarker text in the DOM. */
    static final String FTL = "docgen-ftl";

    final String displayName;
    final String partName;
    final Document document;
    final Map<Node, PlacedTag> tags = new IdentityHashMap<>();
    /** Attributes whose value the template computes: the FreeMarker written in place of the value. */
    final Map<org.w3c.dom.Attr, String> attributeTags = new IdentityHashMap<>();
    final List<Finding> findings = new ArrayList<>();
    private final Map<Element, Integer> paragraphNumbers = new IdentityHashMap<>();
    private final Map<Element, String> paragraphTexts = new HashMap<>();
    private final Map<Element, Integer> tableNumbers = new IdentityHashMap<>();
    private final Map<Element, String> places = new IdentityHashMap<>();

    PartContext(String displayName, String partName, Document document) {
        this.displayName = displayName;
        this.partName = partName;
        this.document = document;
        int n = 0;
        for (Element p : WordXml.all(document, "p")) {
            paragraphNumbers.put(p, ++n);
        }
        n = 0;
        for (Element t : WordXml.all(document, "tbl")) {
            tableNumbers.put(t, ++n);
        }
    }

    private int guards;

    /** A fresh number for a variable the compiler adds to the template. */
    int nextGuard() {
        return ++guards;
    }

    void text(Element paragraph, String text) {
        paragraphTexts.put(paragraph, text);
    }

    /** Where a paragraph is, as a maintainer finds it: {@code paragraph 12 (table 1, row 2, cell 1)}. */
    String where(Element paragraph) {
        return places.computeIfAbsent(paragraph, this::locate);
    }

    private String locate(Element paragraph) {
        StringBuilder out = new StringBuilder("paragraph ").append(paragraphNumbers.getOrDefault(paragraph, 0));
        Element cell = WordXml.ancestor(paragraph, "tc");
        Element row = cell == null ? null : WordXml.ancestor(cell, "tr");
        Element table = row == null ? null : WordXml.ancestor(row, "tbl");
        if (table != null) {
            out.append(" (table ").append(tableNumbers.get(table))
                    .append(", row ").append(indexAmong(row, WordXml.all(table, "tr"), table))
                    .append(", cell ").append(indexAmong(cell, WordXml.all(row, "tc"), row)).append(')');
        }
        return out.toString();
    }

    /** 1-based position of {@code e} among those of {@code candidates} that belong to {@code owner} itself, not to a nested table. */
    private static int indexAmong(Element e, List<Element> candidates, Element owner) {
        int i = 0;
        String ownerName = owner.getLocalName();
        for (Element c : candidates) {
            if (WordXml.ancestor(c, ownerName) == owner) {
                i++;
                if (c == e) {
                    return i;
                }
            }
        }
        return 0;
    }

    void error(Element paragraph, String message) {
        String text = paragraphTexts.getOrDefault(paragraph, "");
        if (text.length() > 100) {
            text = text.substring(0, 97) + "...";
        }
        findings.add(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE",
                partName + " " + where(paragraph) + ": " + message + ": \"" + text + "\""));
    }
}
