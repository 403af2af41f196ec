package io.github.docgen.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.TemplateTree;
import io.github.docgen.text.ClosestNames;

/**
 * Checks a kind's templates against its {@code schema.json} once per build, before any data
 * file is rendered: every data path a template reads, in every branch, must be one the schema
 * has. A misspelt key in a branch this year's data does not take is found now, not on the day
 * the data takes it. Each unknown key is an error at the template's line and column (a Word
 * template: the part and paragraph), naming the closest keys the schema has.
 */
public final class TemplateLint {
    public static final String RULE = "TEMPLATE";
    /** Keys listed when none is close to the misspelt one. */
    private static final int LISTED_KEYS = 8;

    private TemplateLint() {
    }

    /** The template mistakes of a kind; none when the kind has no schema ({@code schema} null). */
    public static List<Finding> check(ReportKind kind, List<CompiledTemplate> templates, JsonNode schema) {
        if (schema == null) {
            return List.of();
        }
        SchemaView root = SchemaView.root(schema);
        Set<Finding> findings = new LinkedHashSet<>(); // an include read by two templates is reported once
        for (CompiledTemplate template : templates) {
            for (TemplateTree tree : template.trees()) {
                TemplateReads.Result result = TemplateReads.of(kind, tree, root);
                findings.addAll(result.problems());
                for (DataRead read : result.reads()) {
                    if (read.unknown()) {
                        findings.add(read.locator().error(read.line(), read.column(), RULE, message(read)));
                    }
                }
            }
        }
        return List.copyOf(findings);
    }

    /** Every data path one compiled template reads, with its place; for {@code inspect}. Without a schema, nothing is unknown. */
    public static List<DataRead> reads(ReportKind kind, CompiledTemplate template, JsonNode schema) {
        SchemaView root = schema == null ? SchemaView.open("") : SchemaView.root(schema);
        List<DataRead> reads = new ArrayList<>();
        for (TemplateTree tree : template.trees()) {
            reads.addAll(TemplateReads.of(kind, tree, root).reads());
        }
        return reads;
    }

    /** {@code c.nme: schema.json has no "nme" in changes[] (did you mean "name"?)}. */
    static String message(DataRead read) {
        String parent = read.path().contains(".") ? read.path().substring(0, read.path().length() - read.unknownKey().length() - 1) : "";
        String where = parent.isEmpty() ? " at the top level, and the template defines no such name" : " in " + parent;
        String hint = ClosestNames.hint(read.unknownKey(), read.known());
        if (hint.isEmpty() && !read.known().isEmpty()) {
            List<String> keys = read.known();
            hint = " (it has " + String.join(", ", keys.subList(0, Math.min(LISTED_KEYS, keys.size())))
                    + (keys.size() > LISTED_KEYS ? ", ..." : "") + ")";
        }
        return read.written() + ": schema.json has no \"" + read.unknownKey() + "\"" + where + hint;
    }
}
