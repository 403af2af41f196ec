package io.github.docgen.lint;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import freemarker.core.Expression;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.FreemarkerAst;
import io.github.docgen.render.TemplateTree;

/**
 * Finds every data path one template tree reads, in every branch whether a document takes it or
 * not, by walking FreeMarker's parse tree: {@code ${a.b}}, {@code a.b??}, {@code a.b!}, list
 * sources and their loop variables (which take the schema of the list's items), lambdas of
 * {@code ?filter} and the like, and names {@code #assign}ed once from a data path. Names the
 * template defines itself (assignments, macros and their parameters, loop variables) and the
 * model's {@code project}, {@code doc} and the build's facts are not data. Literal includes are read in place.
 */
final class TemplateReads {
    /**
     * What the engine adds to the model beside the data: {@code project} and {@code doc} always, and
     * the build's facts ({@code git}, {@code tests}, {@code dependencies}) when a template names them.
     */
    private static final Set<String> MODEL_NAMES = Set.of("project", "doc", "git", "tests", "dependencies");
    /** Built-ins whose result is the same list (or a part of it), so its items keep their schema. */
    private static final Set<String> SAME_LIST = Set.of("filter", "sort", "sort_by", "reverse", "take_while", "drop_while");
    private static final Set<String> ONE_ITEM = Set.of("first", "last");
    private static final int MAX_INCLUDES = 32;

    private final ReportKind kind;
    private final SchemaView root;
    private final List<DataRead> reads = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();
    private final Set<String> defined = new HashSet<>();
    private final Map<String, Integer> assignments = new HashMap<>();
    private final Map<String, SchemaView> aliases = new HashMap<>();
    /** The trees of included templates, by name, and the templates being walked (a template that includes itself stops there). */
    private final Map<String, TemplateTree> includes = new LinkedHashMap<>();
    private final Deque<String> walking = new ArrayDeque<>();
    private TemplateTree.Locator locator;

    private TemplateReads(ReportKind kind, SchemaView root) {
        this.kind = kind;
        this.root = root;
    }

    /** The reads of one tree and of what it includes; {@code problems}: includes that cannot be read. */
    record Result(List<DataRead> reads, List<Finding> problems) {
    }

    static Result of(ReportKind kind, TemplateTree tree, SchemaView root) {
        TemplateReads walk = new TemplateReads(kind, root);
        walk.locator = tree.locator();
        walk.collectDefinitions(tree.template());
        walk.walking.push(tree.template().getName());
        walk.element(tree.template().getRootTreeNode(), Scope.EMPTY);
        return new Result(List.copyOf(walk.reads), List.copyOf(walk.problems));
    }

    // ---- names the template defines itself

    private void collectDefinitions(Template template) {
        definitions(template.getRootTreeNode(), template);
    }

    private void definitions(TemplateObject node, Template template) {
        String type = FreemarkerAst.type(node);
        for (FreemarkerAst.Param p : FreemarkerAst.params(node)) {
            switch (p.role()) {
                case "assignment target" -> {
                    defined.add((String) p.value());
                    if (type.equals("Assignment") || type.equals("BlockAssignment")) {
                        assignments.merge((String) p.value(), 1, Integer::sum);
                    }
                }
                case "parameter name", "catch-all parameter name", "target loop variable" -> {
                    if (p.value() instanceof String name) {
                        defined.add(name);
                    }
                }
                case "argument name" -> {
                    if (type.equals("LocalLambdaExpression") && p.value() instanceof TemplateObject name) {
                        defined.add(name.getCanonicalForm());
                    }
                }
                case "namespace" -> {
                    if (p.value() instanceof String name) {
                        defined.add(name);
                    }
                }
                default -> {
                }
            }
            if (p.value() instanceof TemplateObject child) {
                definitions(child, template);
            }
        }
        if (type.equals("Include")) {
            TemplateTree included = include((TemplateElement) node, template);
            if (included != null && includes.size() <= MAX_INCLUDES && !walking.contains(included.template().getName())) {
                walking.push(included.template().getName());
                definitions(included.template().getRootTreeNode(), included.template());
                walking.pop();
            }
        }
        if (node instanceof TemplateElement element) {
            for (TemplateElement child : FreemarkerAst.children(element)) {
                definitions(child, template);
            }
        }
    }

    // ---- directives

    private void element(TemplateElement e, Scope scope) {
        switch (FreemarkerAst.type(e)) {
            case "IteratorBlock" -> {
                SchemaView source = value(FreemarkerAst.param(e, "list source"), scope);
                if (source != null) {
                    lastReadIs(source.path(), DataRead.Use.NAMED); // its items are read through the loop variable
                }
                children(e, loopVariables(e, source, scope.listing(source)));
            }
            case "Items" -> children(e, loopVariables(e, scope.listed(), scope));
            case "Assignment" -> assignment(e, scope);
            case "Macro" -> macro(e, scope);
            case "Include" -> walkInclude(e, scope);
            default -> {
                parameters(e, scope);
                children(e, scope);
            }
        }
    }

    private Scope loopVariables(TemplateElement e, SchemaView source, Scope scope) {
        List<String> names = new ArrayList<>();
        for (FreemarkerAst.Param p : FreemarkerAst.params(e)) {
            if (p.role().equals("target loop variable") && p.value() instanceof String name) {
                names.add(name);
            }
        }
        if (names.size() == 1) {
            return scope.with(names.get(0), source == null ? null : source.item());
        }
        if (names.size() == 2) { // [#list map as key, value]
            return scope.with(names.get(0), null).with(names.get(1), source == null ? null : source.anyValue());
        }
        return scope;
    }

    private void assignment(TemplateElement e, Scope scope) {
        SchemaView source = value(FreemarkerAst.param(e, "assignment source"), scope);
        String name = (String) FreemarkerAst.param(e, "assignment target");
        if (source != null && assignments.getOrDefault(name, 0) == 1) {
            aliases.put(name, source);
            lastReadIs(source.path(), DataRead.Use.NAMED);
        }
        Object namespace = FreemarkerAst.param(e, "namespace");
        if (namespace instanceof TemplateObject) {
            value(namespace, scope);
        }
    }

    private void macro(TemplateElement e, Scope scope) {
        Scope body = scope;
        for (FreemarkerAst.Param p : FreemarkerAst.params(e)) {
            if ((p.role().equals("parameter name") || p.role().equals("catch-all parameter name")) && p.value() instanceof String name) {
                body = body.with(name, null);
            } else if (p.value() instanceof TemplateObject defaultValue) {
                value(defaultValue, scope);
            }
        }
        children(e, body);
    }

    private void walkInclude(TemplateElement e, Scope scope) {
        TemplateTree included = include(e, e.getTemplate());
        if (included == null || walking.contains(included.template().getName())) {
            return;
        }
        TemplateTree.Locator outer = locator;
        locator = included.locator();
        walking.push(included.template().getName());
        element(included.template().getRootTreeNode(), scope);
        walking.pop();
        locator = outer;
    }

    /** The template a literal {@code #include} names, read through the kind's configuration; null when it names none. */
    private TemplateTree include(TemplateElement e, Template from) {
        Object name = constant(FreemarkerAst.param(e, "template name"));
        if (!(name instanceof String target)) {
            return null;
        }
        String full = resolve(from.getName(), target);
        TemplateTree known = includes.get(full);
        if (known != null || includes.containsKey(full)) {
            return known;
        }
        TemplateTree tree = null;
        try {
            Template template = from.getConfiguration().getTemplate(full);
            tree = TemplateTree.inFile(template, kind.displayName(full));
        } catch (IOException | RuntimeException ex) {
            problems.add(locator.error(e.getBeginLine(), e.getBeginColumn(), TemplateLint.RULE,
                    "cannot read the included \"" + target + "\": " + firstLine(ex.getMessage())));
        }
        includes.put(full, tree);
        return tree;
    }

    private void parameters(TemplateObject node, Scope scope) {
        for (FreemarkerAst.Param p : FreemarkerAst.params(node)) {
            if (p.value() instanceof TemplateObject child) {
                value(child, scope);
            }
        }
    }

    private void children(TemplateElement e, Scope scope) {
        for (TemplateElement child : FreemarkerAst.children(e)) {
            element(child, scope);
        }
    }

    // ---- expressions: each returns the schema of its value, or null when the value is not (known) data

    private SchemaView value(Object node, Scope scope) {
        if (node instanceof TemplateElement element) { // an interpolation inside a string literal
            element(element, scope);
            return null;
        }
        if (!(node instanceof TemplateObject x)) {
            return null;
        }
        return switch (FreemarkerAst.type(x)) {
            case "Identifier" -> name(x, x.getCanonicalForm(), scope);
            case "Dot" -> key(x, value(FreemarkerAst.param(x, "left-hand operand"), scope),
                    (String) FreemarkerAst.param(x, "right-hand operand"));
            case "DynamicKeyName" -> dynamicKey(x, scope);
            case "DefaultToExpression" -> {
                SchemaView left = value(FreemarkerAst.param(x, "left-hand operand"), scope);
                value(FreemarkerAst.param(x, "right-hand operand"), scope);
                yield left;
            }
            case "ParentheticalExpression" -> value(FreemarkerAst.param(x, "enclosed operand"), scope);
            case "LocalLambdaExpression" -> lambda(x, null, scope);
            default -> FreemarkerAst.symbol(x).startsWith("?") && FreemarkerAst.param(x, "right-hand operand") instanceof String
                    ? builtIn(x, scope) : other(x, scope);
        };
    }

    private SchemaView other(TemplateObject x, Scope scope) {
        parameters(x, scope);
        return null;
    }

    private SchemaView name(TemplateObject x, String name, Scope scope) {
        SchemaView bound = scope.has(name) ? scope.get(name) : aliases.get(name);
        if (scope.has(name) || aliases.containsKey(name)) {
            if (bound != null) {
                record(x, bound.path(), name, null, List.of());
            }
            return bound;
        }
        if (defined.contains(name) || MODEL_NAMES.contains(name)) {
            return null;
        }
        return key(x, root, name);
    }

    /** {@code target.key}: looked up in the target's schema, and recorded. */
    private SchemaView key(TemplateObject x, SchemaView target, String key) {
        if (target == null) {
            return null;
        }
        lastReadIs(target.path(), DataRead.Use.STEP);
        SchemaView.Lookup lookup = target.property(key);
        String path = target.path().isEmpty() ? key : target.path() + "." + key;
        if (lookup.unknown()) {
            record(x, path, x.getCanonicalForm(), key, lookup.known());
            return null; // one message for a wrong key, not one for each key after it
        }
        record(x, path, x.getCanonicalForm(), null, List.of());
        return lookup.view();
    }

    /** {@code target[key]}: a literal key is a key, a number an item, a range a slice; a computed key is not followed. */
    private SchemaView dynamicKey(TemplateObject x, Scope scope) {
        SchemaView target = value(FreemarkerAst.param(x, "left-hand operand"), scope);
        Object keyNode = FreemarkerAst.param(x, "enclosed operand");
        Object key = constant(keyNode);
        if (key instanceof String name) {
            return key(x, target, name);
        }
        value(keyNode, scope);
        if (target == null) {
            return null;
        }
        if (keyNode instanceof TemplateObject k && FreemarkerAst.type(k).equals("Range")) {
            return target;
        }
        if (key instanceof Number || target.isList()) {
            lastReadIs(target.path(), DataRead.Use.STEP);
            SchemaView item = target.item();
            record(x, item.path(), x.getCanonicalForm(), null, List.of());
            return item;
        }
        return null;
    }

    private SchemaView builtIn(TemplateObject x, Scope scope) {
        SchemaView target = null;
        String name = (String) FreemarkerAst.param(x, "right-hand operand");
        for (FreemarkerAst.Param p : FreemarkerAst.params(x)) {
            if (p.role().equals("left-hand operand")) {
                target = value(p.value(), scope);
            } else if (p.value() instanceof TemplateObject argument) {
                if (FreemarkerAst.type(argument).equals("LocalLambdaExpression")) {
                    lambda(argument, target == null ? null : target.item(), scope);
                } else {
                    value(argument, scope);
                }
            }
        }
        if (target == null) {
            return null;
        }
        if (SAME_LIST.contains(name)) {
            return target;
        }
        return ONE_ITEM.contains(name) ? target.item() : null;
    }

    /** {@code x -> x.ok}: its parameter is an item of the list the built-in works on, when known. */
    private SchemaView lambda(TemplateObject x, SchemaView item, Scope scope) {
        Object parameter = FreemarkerAst.param(x, "argument name");
        Scope inner = parameter instanceof TemplateObject p ? scope.with(p.getCanonicalForm(), item) : scope;
        value(FreemarkerAst.param(x, "value"), inner);
        return null;
    }

    private void record(TemplateObject x, String path, String written, String unknownKey, List<String> known) {
        reads.add(new DataRead(path, written, locator, x.getBeginLine(), x.getBeginColumn(), unknownKey, known, DataRead.Use.VALUE));
    }

    /** The value just read at {@code path} is used otherwise than whole: a step to one of its keys, or followed through a name. */
    private void lastReadIs(String path, DataRead.Use use) {
        int last = reads.size() - 1;
        if (last >= 0 && reads.get(last).path().equals(path) && reads.get(last).use() == DataRead.Use.VALUE) {
            reads.set(last, reads.get(last).as(use));
        }
    }

    /** The value of a string or number literal, or null for anything computed. */
    static Object constant(Object node) {
        if (!(node instanceof Expression x)) {
            return null;
        }
        String type = FreemarkerAst.type(x);
        if (!type.equals("StringLiteral") && !type.equals("NumberLiteral")) {
            return null;
        }
        try {
            TemplateModel value = x.getAsTemplateModel(null); // a constant needs no environment
            if (value instanceof TemplateScalarModel s) {
                return s.getAsString();
            }
            return value instanceof TemplateNumberModel n ? n.getAsNumber() : null;
        } catch (Exception e) {
            return null; // a string with ${...} in it: computed
        }
    }

    /** An include's name as FreeMarker resolves it: relative to the including template, or from the kind's root with a leading '/'. */
    static String resolve(String from, String target) {
        String base = target.startsWith("/") || from == null || !from.contains("/") ? "" : from.substring(0, from.lastIndexOf('/') + 1);
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (base + target).split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.split("\\R")[0];
    }

    /** The names in force at a place: loop variables, lambda and macro parameters; and the list an {@code #items} takes its items from. */
    private record Scope(Map<String, SchemaView> names, SchemaView listed) {
        static final Scope EMPTY = new Scope(Map.of(), null);

        boolean has(String name) {
            return names.containsKey(name);
        }

        SchemaView get(String name) {
            return names.get(name);
        }

        Scope with(String name, SchemaView view) {
            Map<String, SchemaView> more = new HashMap<>(names);
            more.put(name, view);
            return new Scope(more, listed);
        }

        Scope listing(SchemaView source) {
            return new Scope(names, source);
        }
    }
}
