package io.github.docgen.wordml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads a part as a consumer that understands only some namespaces does, by the rules of
 * ECMA-376 Part 3 (Markup Compatibility and Extensibility): elements and attributes of an
 * ignorable namespace it does not understand are dropped ({@code mc:Ignorable}), or their content
 * kept in their place ({@code mc:ProcessContent}); of an {@code mc:AlternateContent}, the first
 * {@code mc:Choice} whose {@code Requires} namespaces are all understood is taken, else the
 * {@code mc:Fallback}; a namespace named by {@code mc:MustUnderstand} that is not understood, and
 * markup of a namespace that is neither understood nor ignorable, are errors. What is left holds
 * no markup-compatibility attribute and can be validated against the schemas of the understood
 * namespaces.
 */
public final class MarkupCompatibility {
    public static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final Predicate<String> understood;
    private final List<String> errors = new ArrayList<>();

    private MarkupCompatibility(Predicate<String> understood) {
        this.understood = understood;
    }

    /** Processes {@code root} in place; returns the errors (empty when the part may be read). */
    public static List<String> process(Element root, Predicate<String> understood) {
        MarkupCompatibility mc = new MarkupCompatibility(understood);
        mc.element(root, Scope.NONE);
        return mc.errors;
    }

    /** The ignorable namespaces and the ones whose content is processed, as declared on the way down. */
    private record Scope(Set<String> ignorable, Set<String> processContent) {
        static final Scope NONE = new Scope(Set.of(), Set.of());
    }

    /** Processes the attributes and children of an element that stays. */
    private void element(Element e, Scope outer) {
        Scope scope = scope(e, outer);
        String mustUnderstand = e.getAttributeNS(MC, "MustUnderstand");
        for (String prefix : prefixes(mustUnderstand)) {
            String ns = e.lookupNamespaceURI(prefix);
            if (ns == null || !understood.test(ns)) {
                errors.add(path(e) + ": mc:MustUnderstand names " + prefix + " (" + ns + "), which is not understood");
            }
        }
        attributes(e, scope);
        children(e, scope);
    }

    private Scope scope(Element e, Scope outer) {
        String ignorable = e.getAttributeNS(MC, "Ignorable");
        String process = e.getAttributeNS(MC, "ProcessContent");
        if (ignorable.isEmpty() && process.isEmpty()) {
            return outer;
        }
        Set<String> ignorableNs = new HashSet<>(outer.ignorable());
        for (String prefix : prefixes(ignorable)) {
            String ns = e.lookupNamespaceURI(prefix);
            if (ns == null) {
                errors.add(path(e) + ": mc:Ignorable names the undeclared prefix " + prefix);
            } else {
                ignorableNs.add(ns);
            }
        }
        Set<String> processNames = new HashSet<>(outer.processContent());
        for (String qname : prefixes(process)) {
            int colon = qname.indexOf(':');
            String ns = colon < 0 ? null : e.lookupNamespaceURI(qname.substring(0, colon));
            if (ns == null) {
                errors.add(path(e) + ": mc:ProcessContent names " + qname + " without a declared prefix");
            } else {
                processNames.add("{" + ns + "}" + qname.substring(colon + 1));
            }
        }
        return new Scope(Set.copyOf(ignorableNs), Set.copyOf(processNames));
    }

    private void attributes(Element e, Scope scope) {
        NamedNodeMap attributes = e.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String ns = a.getNamespaceURI();
            if (ns == null || XMLNS.equals(ns) || XML.equals(ns) || understood.test(ns) && !MC.equals(ns)) {
                continue;
            }
            if (MC.equals(ns) || scope.ignorable().contains(ns)) {
                drop.add(a);
            } else {
                errors.add(path(e) + ": attribute " + a.getName() + " of " + ns + ", which is neither understood nor ignorable");
            }
        }
        drop.forEach(e::removeAttributeNode);
    }

    private void children(Element parent, Scope scope) {
        Node c = parent.getFirstChild();
        while (c != null) {
            Node next = c.getNextSibling();
            if (c instanceof Element child) {
                next = child(parent, child, scope, next);
            }
            c = next;
        }
    }

    /** Processes one child; returns the node to continue with (the first of any content put in its place). */
    private Node child(Element parent, Element child, Scope scope, Node next) {
        String ns = child.getNamespaceURI();
        if (MC.equals(ns) && "AlternateContent".equals(child.getLocalName())) {
            Element chosen = choice(child);
            return replaceWithContent(parent, child, chosen, next);
        }
        if (ns == null || understood.test(ns) && !MC.equals(ns)) {
            element(child, scope);
            return next;
        }
        if (!scope.ignorable().contains(ns)) {
            errors.add(path(child) + ": element of " + ns + ", which is neither understood nor ignorable");
            return next;
        }
        boolean keepContent = scope.processContent().contains("{" + ns + "}" + child.getLocalName())
                || scope.processContent().contains("{" + ns + "}*");
        return replaceWithContent(parent, child, keepContent ? child : null, next);
    }

    /** Puts the children of {@code content} (none when null) where {@code replaced} was; they are processed next. */
    private Node replaceWithContent(Element parent, Element replaced, Element content, Node next) {
        Node first = null;
        if (content != null) {
            while (content.getFirstChild() != null) {
                Node moved = content.getFirstChild();
                parent.insertBefore(moved, replaced);
                if (moved instanceof Element m) {
                    copyIgnorable(replaced, content, m);
                }
                if (first == null) {
                    first = moved;
                }
            }
        }
        parent.removeChild(replaced);
        return first != null ? first : next;
    }

    /** An element moved out of an mc: wrapper keeps the Ignorable and ProcessContent declared on the wrappers. */
    private static void copyIgnorable(Element wrapper, Element content, Element moved) {
        for (Element from : List.of(wrapper, content)) {
            for (String name : List.of("Ignorable", "ProcessContent")) {
                String value = from.getAttributeNS(MC, name);
                if (!value.isEmpty()) {
                    String existing = moved.getAttributeNS(MC, name);
                    moved.setAttributeNS(MC, "mc:" + name, existing.isEmpty() ? value : existing + " " + value);
                }
            }
        }
    }

    /** The first Choice whose required namespaces are all understood, else the Fallback, else null. */
    private Element choice(Element alternate) {
        for (Node c = alternate.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && MC.equals(e.getNamespaceURI())) {
                if ("Choice".equals(e.getLocalName()) && requiresUnderstood(e)) {
                    return e;
                }
                if ("Fallback".equals(e.getLocalName())) {
                    return e;
                }
            }
        }
        return null;
    }

    private boolean requiresUnderstood(Element choice) {
        for (String prefix : prefixes(choice.getAttribute("Requires"))) {
            String ns = choice.lookupNamespaceURI(prefix);
            if (ns == null || !understood.test(ns)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> prefixes(String list) {
        return list.isBlank() ? List.of() : List.of(list.trim().split("\\s+"));
    }

    /** Where an element is: its names from the root, with positions among same-named siblings. */
    static String path(Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof Attr a) {
            return path(a.getOwnerElement()) + "/@" + a.getName();
        }
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            int index = 1;
            for (Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                if (s.getNodeName().equals(e.getNodeName())) {
                    index++;
                }
            }
            out.insert(0, "/" + e.getNodeName() + "[" + index + "]");
        }
        return out.toString();
    }
}
