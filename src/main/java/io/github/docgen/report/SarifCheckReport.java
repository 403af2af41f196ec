package io.github.docgen.report;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.RuleCatalog;
import io.github.docgen.diagnostic.Severity;

/**
 * The check result as SARIF 2.1.0, the format code-scanning views read (GitHub's security tab,
 * IDE SARIF viewers): one run whose tool lists every rule the files were checked against, with
 * its description from rules.yaml, and one result per finding at its file, line and column.
 */
final class SarifCheckReport {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String TOOL = "docgen-maven-plugin";

    private SarifCheckReport() {
    }

    static void write(CheckResult result, RuleCatalog catalog, String toolVersion, OutputStream out) throws IOException {
        List<String> ruleIds = ruleIds(result);
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            tool(json, catalog, ruleIds, toolVersion);
            json.writeArrayFieldStart("results");
            for (Finding finding : result.findings()) {
                result(json, finding, ruleIds.indexOf(finding.rule()));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** The rules the files were checked against (passed ones included), then any other a finding names. */
    private static List<String> ruleIds(CheckResult result) {
        Set<String> ids = new LinkedHashSet<>();
        result.files().forEach(file -> ids.addAll(file.rules()));
        result.findings().forEach(finding -> ids.add(finding.rule()));
        return new ArrayList<>(ids);
    }

    private static void tool(JsonGenerator json, RuleCatalog catalog, List<String> ruleIds, String toolVersion) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", TOOL);
        if (toolVersion != null) {
            json.writeStringField("version", toolVersion);
        }
        json.writeArrayFieldStart("rules");
        for (String id : ruleIds) {
            RuleCatalog.RuleDescription rule = catalog.describe(id);
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.description().lines().findFirst().orElse(id));
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", rule.description());
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.severity()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, Finding finding, int ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(finding.position().file()));
        json.writeEndObject();
        if (finding.position().line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", finding.position().line());
            if (finding.position().column() > 0) {
                json.writeNumberField("startColumn", finding.position().column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String level(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A file as a URI reference: relative to the project when messages name it so (the viewer
     * resolves it against the checkout), absolute otherwise; non-ASCII names (玉潭.yaml) are
     * percent-encoded, as a URI must be.
     */
    static String uri(String file) {
        if (Path.of(file).isAbsolute()) {
            return Path.of(file).toUri().toASCIIString();
        }
        try {
            return new URI(null, null, file, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + file, e);
        }
    }
}
