package io.github.docgen.importer;

import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.github.docgen.docx.WordDocumentReader;

/**
 * The numbers Word puts before paragraphs of an automatic list (一、 （一） 1. …), which are not in
 * the paragraph's text: without them an imported （一）加强组织领导。 would lose its （一）. Counters run
 * per list definition and level, a level restarting the levels below it, as Word counts.
 */
final class WordNumbering {
    private static final String W = WordDocumentReader.namespace();
    private static final String CHINESE = "〇一二三四五六七八九";

    private record Level(int start, String format, String text) {
    }

    private final Map<String, String> abstractOfNum = new HashMap<>();
    private final Map<String, Map<Integer, Level>> levels = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();
    private final Map<String, String[]> styleNumbering = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    WordNumbering(Document numbering, Document styles) {
        if (numbering != null) {
            for (Element abstractNum : elements(numbering.getDocumentElement(), "abstractNum")) {
                Map<Integer, Level> byLevel = new HashMap<>();
                for (Element lvl : elements(abstractNum, "lvl")) {
                    byLevel.put(intAttr(lvl, "ilvl", 0), new Level(intVal(child(lvl, "start"), 1), val(child(lvl, "numFmt"), "decimal"),
                            val(child(lvl, "lvlText"), "")));
                }
                levels.put(abstractNum.getAttributeNS(W, "abstractNumId"), byLevel);
            }
            for (Element num : elements(numbering.getDocumentElement(), "num")) {
                String id = num.getAttributeNS(W, "numId");
                abstractOfNum.put(id, val(child(num, "abstractNumId"), ""));
                for (Element override : elements(num, "lvlOverride")) {
                    Element start = child(override, "startOverride");
                    if (start != null) {
                        startOverrides.computeIfAbsent(id, k -> new HashMap<>()).put(intAttr(override, "ilvl", 0), intVal(start, 1));
                    }
                }
            }
        }
        if (styles != null) {
            for (Element style : elements(styles.getDocumentElement(), "style")) {
                Element pPr = child(style, "pPr");
                Element numPr = pPr == null ? null : child(pPr, "numPr");
                if (numPr != null) {
                    styleNumbering.put(style.getAttributeNS(W, "styleId"), new String[] {val(child(numPr, "numId"), "0"),
                            val(child(numPr, "ilvl"), "0")});
                }
            }
        }
    }

    /** The number Word shows before paragraph {@code p} ("（一）"), or "" when it has none. */
    String label(Element p) {
        Element pPr = child(p, "pPr");
        if (pPr == null) {
            return "";
        }
        Element numPr = child(pPr, "numPr");
        Element pStyle = child(pPr, "pStyle");
        String[] byStyle = pStyle == null ? null : styleNumbering.get(val(pStyle, ""));
        String numId = numPr != null && child(numPr, "numId") != null ? val(child(numPr, "numId"), "0") : byStyle == null ? "0" : byStyle[0];
        String ilvl = numPr != null && child(numPr, "ilvl") != null ? val(child(numPr, "ilvl"), "0") : byStyle == null ? "0" : byStyle[1];
        String abstractId = abstractOfNum.get(numId);
        Map<Integer, Level> byLevel = abstractId == null ? null : levels.get(abstractId);
        int level = parse(ilvl, 0);
        if (byLevel == null || !byLevel.containsKey(level) || level > 8) {
            return "";
        }
        int[] count = counters.computeIfAbsent(abstractId, k -> new int[9]);
        for (int l = 0; l <= level; l++) {
            if (count[l] == 0) {
                count[l] = start(numId, byLevel, l) - (l == level ? 1 : 0);
            }
        }
        count[level]++;
        for (int l = level + 1; l < 9; l++) {
            count[l] = 0;
        }
        Level own = byLevel.get(level);
        if (own.format().equals("bullet") || own.format().equals("none")) {
            return "";
        }
        String text = own.text();
        for (int l = 0; l <= level; l++) {
            Level at = byLevel.getOrDefault(l, own);
            text = text.replace("%" + (l + 1), format(count[l], at.format()));
        }
        return text;
    }

    private int start(String numId, Map<Integer, Level> byLevel, int level) {
        Map<Integer, Integer> overrides = startOverrides.get(numId);
        if (overrides != null && overrides.containsKey(level)) {
            return overrides.get(level);
        }
        return byLevel.containsKey(level) ? byLevel.get(level).start() : 1;
    }

    /** A counter in a list's number format. */
    static String format(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "chineseLegalSimplified", "taiwaneseCounting" -> chinese(n);
            case "ideographDigital", "taiwaneseDigital" -> digits(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "decimalZero" -> (n < 10 ? "0" : "") + n;
            default -> Integer.toString(n);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
    private static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(CHINESE.charAt(Math.max(n, 0)));
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : String.valueOf(CHINESE.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : CHINESE.charAt(n % 10));
        }
        return Integer.toString(n);
    }

    private static String digits(int n) {
        StringBuilder out = new StringBuilder();
        Integer.toString(n).chars().forEach(c -> out.append(CHINESE.charAt(c - '0')));
        return out.toString();
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('０' + c - '0')));
        return out.toString();
    }

    private static String roman(int n) {
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static java.util.List<Element> elements(Element parent, String name) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        NodeList list = parent.getElementsByTagNameNS(W, name);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String val(Element element, String otherwise) {
        return element == null || !element.hasAttributeNS(W, "val") ? otherwise : element.getAttributeNS(W, "val");
    }

    private static int intVal(Element element, int otherwise) {
        return parse(val(element, ""), otherwise);
    }

    private static int intAttr(Element element, String name, int otherwise) {
        return parse(element.getAttributeNS(W, name), otherwise);
    }

    private static int parse(String text, int otherwise) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
