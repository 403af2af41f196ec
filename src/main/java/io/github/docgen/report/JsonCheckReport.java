package io.github.docgen.report;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.Finding;

/** The check result as JSON: totals, then per data file its rules and findings with positions. */
final class JsonCheckReport {

    private JsonCheckReport() {
    }

    static void write(CheckResult result, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("filesChecked", result.filesChecked());
            json.writeNumberField("errors", result.errors());
            json.writeNumberField("warnings", result.warnings());
            json.writeArrayFieldStart("files");
            for (CheckResult.CheckedFile file : result.files()) {
                json.writeStartObject();
                json.writeStringField("file", file.file());
                json.writeArrayFieldStart("rules");
                for (String rule : file.rules()) {
                    json.writeString(rule);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("findings");
                for (Finding finding : file.findings()) {
                    finding(json, finding);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void finding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("rule", finding.rule());
        json.writeStringField("file", finding.position().file());
        if (finding.position().line() > 0) {
            json.writeNumberField("line", finding.position().line());
            json.writeNumberField("column", finding.position().column());
        }
        json.writeStringField("message", finding.message());
        json.writeStringField("text", finding.toString());
        json.writeEndObject();
    }
}
