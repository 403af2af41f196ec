package io.github.docgen.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.docgen.check.Rule;
import io.github.docgen.check.RuleCheck;
import io.github.docgen.check.RuleSetReader;
import io.github.docgen.check.SchemaCheck;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Severity;
import io.github.docgen.kind.KindCatalog;
import io.github.docgen.kind.ReportKind;

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

    /** The checks the engine makes itself, whatever the kind. */
    private static final List<RuleDescription> ENGINE_RULES = List.of(
            new RuleDescription("DATA", Severity.ERROR, "the data file is strict YAML or JSON within the limits, and its values are usable"),
            new RuleDescription("KIND", Severity.ERROR, "the data file names a kind that exists, and the kind's folder can be read"),
            new RuleDescription(SchemaCheck.RULE, Severity.ERROR, "the data file matches its kind's schema.json"),
            new RuleDescription(RuleCheck.RULE, Severity.ERROR, "the kind's rules.yaml can be read"),
            new RuleDescription("TEMPLATE", Severity.ERROR, "the kind's templates compile and render"),
            new RuleDescription("LIMIT", Severity.ERROR, "a rendering stays within the output size and time limits"),
            new RuleDescription("OUTPUT", Severity.ERROR, "each document gets a safe output name of its own"),
            new RuleDescription("SOURCE", Severity.ERROR, "the source folder can be read"));

    /** The engine's checks alone, for runs that know no kind. */
    public static final RuleCatalog ENGINE = new RuleCatalog(Map.of());

    private final Map<String, RuleDescription> byId = new LinkedHashMap<>();

    private RuleCatalog(Map<String, List<Declared>> declared) {
        ENGINE_RULES.forEach(rule -> byId.put(rule.id(), rule));
        declared.forEach((id, declarations) -> byId.put(id, describe(id, declarations)));
    }

    /**
     * The engine's checks and the rules of these kinds. A kind whose rules.yaml cannot be read adds
     * nothing: the checks report that as a RULES finding.
     */
    public static RuleCatalog of(Collection<ReportKind> kinds) {
        Map<String, List<Declared>> declared = new LinkedHashMap<>();
        for (ReportKind kind : kinds) {
            for (Rule rule : rules(kind)) {
                Rule.RuleInfo info = rule.info();
                String text = info.description() == null || info.description().isBlank() ? info.id() : info.description().strip();
                declared.computeIfAbsent(info.id(), id -> new ArrayList<>()).add(new Declared(kind.id(), info.severity(), text));
            }
        }
        return new RuleCatalog(declared);
    }

    /**
     * The engine's checks and the rules of every kind a project can use: the built-in kinds and
     * its own under {@code kindsDir}. A folder that cannot be read adds nothing here: the checks
     * report it as a KIND finding.
     */
    public static RuleCatalog load(Path kindsDir, Path projectDir) {
        try {
            KindCatalog kinds = KindCatalog.load(kindsDir, projectDir);
            return of(kinds.ids().stream().map(kinds::find).flatMap(Optional::stream).toList());
        } catch (DocgenException e) {
            return ENGINE;
        }
    }

    /** The description of an id; an id no kind here declares is described by itself. */
    public RuleDescription describe(String id) {
        return byId.getOrDefault(id, new RuleDescription(id, Severity.ERROR, id));
    }

    /** Every rule known, the engine's first, then the kinds' in the order they declare them. */
    public List<RuleDescription> all() {
        return List.copyOf(byId.values());
    }

    private static List<Rule> rules(ReportKind kind) {
        byte[] bytes = kind.file(RuleCheck.RULES_FILE).orElse(null);
        if (bytes == null) {
            return List.of();
        }
        try {
            return new RuleSetReader().read(bytes, kind.displayName(RuleCheck.RULES_FILE)).rules();
        } catch (RuleSetReader.RulesException e) {
            return List.of();
        }
    }

    private record Declared(String kind, Severity severity, String description) {
    }

    private static RuleDescription describe(String id, List<Declared> declarations) {
        Severity severity = declarations.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? Severity.ERROR : Severity.WARNING;
        List<String> texts = declarations.stream().map(Declared::description).distinct().toList();
        boolean oneKind = declarations.stream().map(Declared::kind).distinct().count() == 1;
        List<String> lines = texts.size() == 1 || oneKind ? texts
                : declarations.stream().map(d -> d.kind() + ": " + d.description()).distinct().toList();
        return new RuleDescription(id, severity, String.join("\n", lines));
    }
}
