package io.github.docgen.docx;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Styles inherit through {@code w:basedOn}. A cycle (A based on B based on A) makes some
 * consumers loop or crash, so a template with one is refused, naming the styles of the cycle.
 */
final class StyleChains {

    private StyleChains() {
    }

    /** The cycle as {@code A → B → A}, or null when there is none. */
    static String cycle(Document styles) {
        Map<String, String> basedOn = new HashMap<>();
        for (Element style : WordXml.all(styles, "style")) {
            String id = style.getAttributeNS(WordXml.W, "styleId");
            for (Element b : WordXml.all(style, "basedOn")) {
                basedOn.put(id, b.getAttributeNS(WordXml.W, "val"));
            }
        }
        for (String start : basedOn.keySet()) {
            Set<String> chain = new LinkedHashSet<>();
            String id = start;
            while (id != null && chain.add(id)) {
                id = basedOn.get(id);
            }
            if (id != null) {
                return String.join(" \u2192 ", chain) + " \u2192 " + id;
            }
        }
        return null;
    }
}
