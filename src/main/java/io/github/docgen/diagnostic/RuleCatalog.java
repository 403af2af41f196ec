package io.github.docgen.diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each rule id means, for reports that explain rules as well as list findings (SARIF's rule
 * table, the site report): the engine's own checks (DATA, KIND, SCHEMA, …) and every rule the
 * kinds declare in their {@code rules.yaml}. One id can be declared more than once (the 2019 kind
 * has two R7 rules, and R3 reads differently in the 2019 and 2021 kinds); its entry then holds
 * each distinct description on a line of its own, led by the kind's id where kinds differ.
 */
public final class RuleCatalog {

    /** One rule id as reports show it: the severity it is declared with and what it checks. */
    public record RuleDescription(String id, Severity severity, String description) {
    }

    /** One rule as a kind declares it. */
    public record Declared(String kind, String id, Severity severity, String description) {
    }

    /** The checks the engine makes itself, whatever the kind. */
    private static final List<RuleDescription> ENGINE_RULES = List.of(
            new RuleDescription("DATA", Severity.ERROR, "the data file is strict YAML or JSON within the limits, and its values are usable"),
            new RuleDescription("KIND", Severity.ERROR, "the data file names a kind that exists, and the kind's folder can be read"),
            new RuleDescription("SCHEMA", Severity.ERROR, "the data file matches its kind's schema.json"),
            new RuleDescription("RULES", Severity.ERROR, "the kind's rules.yaml can be read"),
            new RuleDescription("TEMPLATE", Severity.ERROR, "the kind's templates compile and render"),
            new RuleDescription("LIMIT", Severity.ERROR, "a rendering stays within the output size and time limits"),
            new RuleDescription("OUTPUT", Severity.ERROR, "each document gets a safe output name of its own and can be written"),
            new RuleDescription("SOURCE", Severity.ERROR, "the source folder and its links can be read"));

    /** The engine's checks alone, for runs that know no kind. */
    public static final RuleCatalog ENGINE = of(List.of());

    private final Map<String, RuleDescription> byId = new LinkedHashMap<>();

    private RuleCatalog(Map<String, List<Declared>> declared) {
        ENGINE_RULES.forEach(rule -> byId.put(rule.id(), rule));
        declared.forEach((id, declarations) -> byId.put(id, describe(id, declarations)));
    }

    /** The engine's checks and the rules the kinds declare, in the order they declare them. */
    public static RuleCatalog of(List<Declared> rules) {
        Map<String, List<Declared>> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule));
        return new RuleCatalog(byId);
    }

    /** The description of an id; an id no kind here declares is described by itself. */
    public RuleDescription describe(String id) {
        return byId.getOrDefault(id, new RuleDescription(id, Severity.ERROR, id));
    }

    /** Every rule known, the engine's first, then the kinds' in the order they declare them. */
    public List<RuleDescription> all() {
        return List.copyOf(byId.values());
    }

    private static RuleDescription describe(String id, List<Declared> declarations) {
        Severity severity = declarations.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? Severity.ERROR : Severity.WARNING;
        List<String> texts = declarations.stream().map(d -> text(d)).distinct().toList();
        boolean oneKind = declarations.stream().map(Declared::kind).distinct().count() == 1;
        List<String> lines = texts.size() == 1 || oneKind ? texts
                : declarations.stream().map(d -> d.kind() + ": " + text(d)).distinct().toList();
        return new RuleDescription(id, severity, String.join("\n", lines));
    }

    private static String text(Declared rule) {
        return rule.description() == null || rule.description().isBlank() ? rule.id() : rule.description().strip();
    }
}
