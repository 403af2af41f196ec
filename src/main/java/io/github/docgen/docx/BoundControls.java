package io.github.docgen.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Content controls bound to a document property ({@code w:dataBinding} to the core properties,
 * as Word's Insert › Quick Parts › Document Property makes them) show the property's text. Word
 * refreshes that text from {@code docProps/core.xml} when it opens the file, LibreOffice shows what
 * the file holds: so when the data changes a bound property, the control's text is replaced by
 * the new value (in the formatting of its first run), and is left as the template has it otherwise.
 */
final class BoundControls {
    /** The global of each render: the core properties the data changed, by local name ({@link CoreProperties#changed}). */
    static final String CHANGED = "docgen_core_";
    /** The store item id Word gives the core properties part. */
    private static final String CORE_STORE = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}";
    /** The properties that the data can change: the text ones (the dates show in a format of the control's own). */
    private static final Set<String> SET_BY_DATA = Set.of("title", "creator", "version");
    private static final Pattern PREFIX_MAPPING = Pattern.compile("xmlns:([\\w.-]+)\\s*=\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern LAST_STEP = Pattern.compile("/(?:([\\w.-]+):)?([\\w.-]+)(?:\\[\\d+\\])?\\s*$");

    private BoundControls() {
    }

    /** Makes each bound control of the part show its property when the data changed it; returns whether there was one. */
    static boolean update(PartContext ctx) {
        boolean any = false;
        for (Element sdt : WordXml.all(ctx.document, "sdt")) {
            Element properties = child(sdt, "sdtPr");
            Element content = child(sdt, "sdtContent");
            String property = properties == null ? null : boundProperty(child(properties, "dataBinding"));
            if (property != null && content != null && !holdsTemplateText(content, ctx)) {
                any |= showChangedValue(ctx, WordXml.ancestor(sdt, "p") == null, properties, content, property);
            }
        }
        return any;
    }

    /** The core property a binding names ({@code title}), or null when it binds to something else. */
    static String boundProperty(Element binding) {
        if (binding == null || !CORE_STORE.equalsIgnoreCase(binding.getAttributeNS(WordXml.W, "storeItemID").trim())) {
            return null;
        }
        Matcher step = LAST_STEP.matcher(binding.getAttributeNS(WordXml.W, "xpath"));
        if (!step.find() || !SET_BY_DATA.contains(step.group(2))) {
            return null;
        }
        String namespace = null;
        Matcher mapping = PREFIX_MAPPING.matcher(binding.getAttributeNS(WordXml.W, "prefixMappings"));
        while (mapping.find()) {
            if (mapping.group(1).equals(step.group(1))) {
                namespace = mapping.group(2);
            }
        }
        boolean core = CoreProperties.DC.equals(namespace) || CoreProperties.CP.equals(namespace);
        return core ? step.group(2) : null;
    }

    /** A control whose text the maintainer templated is left to its tags. */
    private static boolean holdsTemplateText(Element content, PartContext ctx) {
        for (Node n : ctx.tags.keySet()) {
            if (WordXml.isDescendant(n, content)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code [#if changed.title??]} the new text {@code [#else]} the template's {@code [/#if]}; the
     * placeholder mark goes with the template's text. Controls around cells or rows are left alone.
     */
    private static boolean showChangedValue(PartContext ctx, boolean blockLevel, Element properties, Element content, String property) {
        Element firstBlock = firstElement(content);
        if (blockLevel && firstBlock != null && !WordXml.is(firstBlock, "p")) {
            return false;
        }
        Element placeholder = child(properties, "showingPlcHdr");
        String changed = CHANGED + "." + property;
        Element run = ctx.document.createElementNS(WordXml.W, "w:r");
        List<Element> runs = WordXml.all(content, "r");
        Element firstRunProperties = runs.isEmpty() ? null : child(runs.get(0), "rPr");
        if (firstRunProperties != null) {
            Element copy = (Element) firstRunProperties.cloneNode(true);
            Element style = child(copy, "rStyle");
            if (placeholder != null && style != null) { // the placeholder's grey is not the value's
                copy.removeChild(style);
            }
            run.appendChild(copy);
        }
        Element text = ctx.document.createElementNS(WordXml.W, "w:t");
        text.setAttributeNS(WordXml.XML_NS, "xml:space", "preserve");
        text.appendChild(ctx.document.createProcessingInstruction(PartContext.FTL, "${" + changed + "}"));
        run.appendChild(text);
        Element shown = run;
        if (blockLevel) {
            shown = ctx.document.createElementNS(WordXml.W, "w:p");
            Element paragraphProperties = firstBlock == null ? null : child(firstBlock, "pPr");
            if (paragraphProperties != null) {
                shown.appendChild(paragraphProperties.cloneNode(true));
            }
            shown.appendChild(run);
        }
        List<Node> original = new ArrayList<>();
        for (Node c = content.getFirstChild(); c != null; c = c.getNextSibling()) {
            original.add(c);
        }
        content.insertBefore(ctx.document.createProcessingInstruction(PartContext.FTL, "[#if " + changed + "??]"), content.getFirstChild());
        content.insertBefore(shown, original.isEmpty() ? null : original.get(0));
        content.insertBefore(ctx.document.createProcessingInstruction(PartContext.FTL, "[#else]"), original.isEmpty() ? null : original.get(0));
        content.appendChild(ctx.document.createProcessingInstruction(PartContext.FTL, "[/#if]"));
        if (placeholder != null) {
            properties.insertBefore(ctx.document.createProcessingInstruction(PartContext.FTL, "[#if !" + changed + "??]"), placeholder);
            properties.insertBefore(ctx.document.createProcessingInstruction(PartContext.FTL, "[/#if]"), placeholder.getNextSibling());
        }
        return true;
    }

    private static Element firstElement(Element parent) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static Element child(Element parent, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (WordXml.is(c, localName)) {
                return (Element) c;
            }
        }
        return null;
    }
}
