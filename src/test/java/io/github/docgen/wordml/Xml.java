package io.github.docgen.wordml;

import java.util.ArrayList;
import java.util.List;

/**
 * An XML element written as text. The Word template generators build every part with it, so
 * each part is well-formed and every text is escaped, whatever FreeMarker it holds
 * ({@code [#if a && b]} must reach Word as {@code &amp;&amp;}).
 */
public final class Xml {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final String name;
    private final List<String> attributes = new ArrayList<>();
    private final List<Object> children = new ArrayList<>();

    private Xml(String name) {
        this.name = name;
    }

    public static Xml el(String name, Object... nameValuePairs) {
        Xml element = new Xml(name);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            element.attr((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return element;
    }

    public Xml attr(String attribute, Object value) {
        attributes.add(" " + attribute + "=\"" + escape(String.valueOf(value)).replace("\"", "&quot;") + "\"");
        return this;
    }

    /** Adds child elements; nulls are skipped, so optional children read as one expression. */
    public Xml add(Xml... elements) {
        for (Xml element : elements) {
            if (element != null) {
                children.add(element);
            }
        }
        return this;
    }

    public Xml add(List<Xml> elements) {
        return add(elements.toArray(Xml[]::new));
    }

    public Xml text(String text) {
        children.add(text);
        return this;
    }

    /** This element as a whole part, with the declaration Word writes. */
    public String document() {
        StringBuilder out = new StringBuilder(DECLARATION);
        write(out);
        return out.toString();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    private void write(StringBuilder out) {
        out.append('<').append(name);
        attributes.forEach(out::append);
        if (children.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Object child : children) {
            if (child instanceof Xml element) {
                element.write(out);
            } else {
                out.append(escape((String) child));
            }
        }
        out.append("</").append(name).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
