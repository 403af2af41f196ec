package io.github.docgen.engine;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import freemarker.template.Configuration;
import io.github.docgen.check.CompiledCheck;
import io.github.docgen.check.DocumentCheck;
import io.github.docgen.check.SchemaCheck;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.incremental.InputFingerprint;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.kind.TemplateFormat;
import io.github.docgen.lint.TemplateLint;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.FormatCompiler;
import io.github.docgen.render.HardenedFreemarker;

/**
 * Compiles each kind once per build, before any data file of that kind is checked: the first
 * worker to meet the kind compiles it (checks, the templates of the formats the build makes, the
 * template lint) while the others wait, so a template's first error is reported with its own line
 * whichever worker met it, and a kind no data file uses costs nothing.
 */
final class KindCompiler {
    private final List<DocumentCheck> checks;
    private final Map<TemplateFormat, FormatCompiler> formats;
    /** What else a compiled kind depends on (the checks, the limits): a later goal reuses it only under the same settings. */
    private final String settingsKey;
    /** The output extensions the build makes (empty: all): templates of other formats are not compiled. */
    private final Set<String> made;

    KindCompiler(List<DocumentCheck> checks, Map<TemplateFormat, FormatCompiler> formats, Set<String> made, String settingsKey) {
        this.checks = List.copyOf(checks);
        this.formats = Map.copyOf(formats);
        this.made = Set.copyOf(made);
        this.settingsKey = settingsKey + "|" + new java.util.TreeSet<>(made);
    }

    /** The kinds of a catalog, each compiled when first asked for, or taken from the build's memo when an earlier goal compiled it the same. */
    Function<ReportKind, CompiledKind> compiledKinds(BuildMemo memo) {
        Map<String, String> fingerprints = new ConcurrentHashMap<>();
        return kind -> {
            String fingerprint = fingerprints.computeIfAbsent(kind.origin(), origin -> InputFingerprint.ofKind(kind.files()));
            return memo.compiledKind(kind.origin() + '@' + fingerprint + '|' + settingsKey, () -> compile(kind, fingerprint));
        };
    }

    CompiledKind compile(ReportKind kind, String fingerprint) {
        List<CompiledCheck> compiledChecks = checks.stream().map(check -> check.compile(kind)).toList();
        Configuration freemarker = HardenedFreemarker.forKind(kind);
        Map<KindTemplate, CompiledTemplate> templates = new HashMap<>();
        Map<KindTemplate, List<Finding>> problems = new HashMap<>();
        for (KindTemplate template : kind.templates()) {
            if (!made.isEmpty() && !made.contains(template.outputExtension().toLowerCase(java.util.Locale.ROOT))) {
                continue; // a format this build does not make
            }
            FormatCompiler format = formats.get(template.format());
            if (format == null) {
                problems.put(template, List.of(Finding.error(SourcePosition.ofFile(kind.displayName(template.fileName())),
                        "TEMPLATE", "no compiler for " + template.format() + " templates in this build")));
                continue;
            }
            try {
                templates.put(template, format.compile(kind, template, freemarker));
            } catch (DocgenException e) {
                problems.put(template, e.findings());
            }
        }
        return new CompiledKind(kind, fingerprint, compiledChecks, templates, problems, templateMistakes(kind, templates));
    }

    /**
     * What the kind's templates read that its schema.json does not have, in every branch (see
     * {@link TemplateLint}); nothing when the kind has no schema, or one that does not parse (the
     * schema check reports that).
     */
    static List<Finding> templateMistakes(ReportKind kind, Map<KindTemplate, CompiledTemplate> templates) {
        JsonNode schema = schemaOf(kind);
        // A print template makes two formats (PDF, then OFD) from one file: its reads are checked once.
        java.util.Set<String> files = new java.util.HashSet<>();
        List<CompiledTemplate> inOrder = kind.templates().stream().filter(t -> files.add(t.fileName())).map(templates::get)
                .filter(Objects::nonNull).toList();
        return schema == null ? List.of() : TemplateLint.check(kind, inOrder, schema);
    }

    static JsonNode schemaOf(ReportKind kind) {
        byte[] schema = kind.file(SchemaCheck.SCHEMA_FILE).orElse(null);
        if (schema == null) {
            return null;
        }
        try {
            JsonNode tree = new ObjectMapper().readTree(schema);
            return tree != null && tree.isObject() ? tree : null;
        } catch (IOException e) {
            return null;
        }
    }
}
