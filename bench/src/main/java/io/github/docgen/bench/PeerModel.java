package io.github.docgen.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data as the peers' templates need it (see {@link PeerTemplates}): the official template
 * splits its text blocks into paragraphs and level headings in FreeMarker; for the peers the same
 * expressions run here, per document, inside the timed work.
 */
final class PeerModel {
    static final List<String> TEXT_BLOCKS = List.of("intro", "overview", "problems", "otherMatters");
    // The patterns of the official template (report.docx, report.ftlh).
    private static final Pattern LEVEL1 = Pattern.compile("([一二三四五六七八九十百]+、[^。\\n]*。?)(.*)", Pattern.DOTALL);
    private static final Pattern LEVEL2 = Pattern.compile("([（(][一二三四五六七八九十百]+[）)][^。\\n]*。?)(.*)", Pattern.DOTALL);
    private static final Pattern LEVEL3 = Pattern.compile("((?:[0-9]+[.．](?![0-9])|[（(][0-9]+[）)])[^。\\n]*。?)(.*)", Pattern.DOTALL);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n(?:[ \\t\\u3000]*\\n)+");
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u3000]+|[\\s\\u3000]+$");

    private PeerModel() {
    }

    /** For XDocReport: the model as it is, plus {@code <block>_paras}. */
    static Map<String, Object> nested(Map<String, Object> model) {
        Map<String, Object> out = new HashMap<>(model);
        addParagraphs(model, out);
        return out;
    }

    /** For poi-tl: every value under one flat name ({@link PeerTemplates#flat}), plus {@code <block>_paras}. */
    static Map<String, Object> flat(Map<String, Object> model) {
        Map<String, Object> out = new HashMap<>(512);
        model.forEach((k, v) -> flatten(k, v, out));
        addParagraphs(model, out);
        return out;
    }

    private static void flatten(String name, Object value, Map<String, Object> out) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(name + "_" + k, v, out));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(name + "_" + i, l.get(i), out);
            }
        } else if (value != null) {
            out.put(name, value);
        }
    }

    private static void addParagraphs(Map<String, Object> model, Map<String, Object> out) {
        for (String block : TEXT_BLOCKS) {
            if (model.get(block) instanceof String text) {
                out.put(block + "_paras", paragraphs(text));
            }
        }
    }

    static List<Map<String, String>> paragraphs(String text) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String block : PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n"), -1)) {
            String para = EDGE_SPACE.matcher(block).replaceAll("");
            if (para.isEmpty()) {
                continue;
            }
            Matcher h1 = LEVEL1.matcher(para);
            Matcher h2 = LEVEL2.matcher(para);
            Matcher h3 = LEVEL3.matcher(para);
            boolean m1 = h1.matches();
            boolean m2 = h2.matches();
            boolean m3 = h3.matches();
            Map<String, String> p = new HashMap<>(8);
            p.put("h1", m1 ? h1.group(1) : "");
            p.put("h2", m2 ? h2.group(1) : "");
            p.put("h3", m3 ? h3.group(1) : "");
            p.put("body", m1 ? h1.group(2) : m2 ? h2.group(2) : m3 ? h3.group(2) : para);
            out.add(p);
        }
        return out;
    }
}
