package io.github.docgen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.kind.KindCatalog;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.docx.DocxTemplateCompiler;
import io.github.docgen.render.FormatCompiler;
import io.github.docgen.render.HardenedFreemarker;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.TextFormatCompiler;

/**
 * What every benchmark renders: the kind folder {@code templates/gov-info-annual-2021} (its Word
 * and HTML templates) and its {@code sample.yaml}, with the model the plugin gives templates.
 * The kind folder is {@code -Ddocgen.bench.kind=...}, by default the repository's own (run from
 * the repository root).
 */
final class Report {
    static final String KIND = "gov-info-annual-2021";
    private static final Pattern CELL = Pattern.compile("<w:tc(?:\\s[^>]*)?>.*?</w:tc>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");
    private static final Pattern NUMBER_FIELD = Pattern.compile("\\$\\{((?:applications|results|proactive|reviewsAndLawsuits)[\\w.\\[\\]]*)\\}");

    final Path kindDir;
    final byte[] docxTemplate;
    final Map<String, Object> model;
    /** For every cell of the template that holds a number: its index among all cells, and the number as it must print. */
    final Map<Integer, String> numberCells;

    private Report(Path kindDir, byte[] docxTemplate, Map<String, Object> model, Map<Integer, String> numberCells) {
        this.kindDir = kindDir;
        this.docxTemplate = docxTemplate;
        this.model = model;
        this.numberCells = numberCells;
    }

    static Report load() {
        Path kindDir = Path.of(System.getProperty("docgen.bench.kind", "templates/" + KIND)).toAbsolutePath();
        try {
            byte[] docx = Files.readAllBytes(kindDir.resolve("report.docx"));
            DataFile data = new DataFileReader(DataLimits.DEFAULT).read(kindDir.resolve("sample.yaml"), "2021/sample.yaml", "sample.yaml");
            Map<String, Object> model = model(data, "docx");
            return new Report(kindDir, docx, model, numberCells(Docx.part(docx, "word/document.xml"), model));
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root, or set -Ddocgen.bench.kind: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the plugin gives a template (see DocumentModel): the data's values, {@code project} and {@code doc}. */
    static Map<String, Object> model(DataFile data, String format) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", data.relativePath());
        doc.put("kind", KIND);
        doc.put("format", format);
        doc.put("draft", false);
        doc.put("buildTime", "2026-11-27T00:00:00Z");
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("groupId", "org.example");
        project.put("artifactId", "reports");
        project.put("version", "1.0");
        project.put("name", "reports");
        project.put("properties", new TreeMap<>());
        Map<String, Object> model = new HashMap<>(data.values());
        model.put("project", project);
        model.put("doc", doc);
        return model;
    }

    Map<String, Object> model(String format) {
        Map<String, Object> m = new HashMap<>(model);
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = new LinkedHashMap<>((Map<String, Object>) model.get("doc"));
        doc.put("format", format);
        m.put("doc", doc);
        return m;
    }

    /** This engine's compiled template of the kind ({@code report.docx} or {@code report.ftlh}), compiled now. */
    CompiledTemplate compile(String fileName) throws DocgenException {
        ReportKind kind = kind();
        KindTemplate template = KindTemplate.of(fileName).orElseThrow();
        FormatCompiler compiler = fileName.endsWith(".docx") ? new DocxTemplateCompiler(RenderLimits.DEFAULT)
                : new TextFormatCompiler(RenderLimits.DEFAULT);
        return compiler.compile(kind, template, HardenedFreemarker.forKind(kind));
    }

    ReportKind kind() throws DocgenException {
        try {
            Path kinds = Files.createTempDirectory("docgen-bench-kinds");
            Path dir = Files.createDirectories(kinds.resolve(KIND));
            try (var files = Files.list(kindDir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            return KindCatalog.load(kinds, kinds).find(KIND).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, String> numberCells(String documentXml, Map<String, Object> model) {
        Map<Integer, String> cells = new LinkedHashMap<>();
        Matcher cell = CELL.matcher(documentXml);
        int index = 0;
        while (cell.find()) {
            Matcher field = NUMBER_FIELD.matcher(text(cell.group()));
            if (field.matches()) {
                cells.put(index, print(value(model, field.group(1))));
            }
            index++;
        }
        if (cells.size() < 100) {
            throw new IllegalStateException("the Word template has only " + cells.size() + " number cells; is it the annual report?");
        }
        return cells;
    }

    /** The visible text of a cell (or paragraph): its w:t elements, unescaped. */
    static String text(String xml) {
        StringBuilder out = new StringBuilder();
        Matcher t = TEXT.matcher(xml);
        while (t.find()) {
            out.append(t.group(1));
        }
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Every cell's text, in document order. */
    static List<String> cellTexts(String documentXml) {
        List<String> out = new ArrayList<>();
        Matcher cell = CELL.matcher(documentXml);
        while (cell.find()) {
            out.add(text(cell.group()));
        }
        return out;
    }

    /** Fails unless every number cell of {@code docx} holds its number: the check run before anything is timed. */
    void check(String engine, byte[] docx) {
        List<String> texts = cellTexts(Docx.part(docx, "word/document.xml"));
        int wrong = 0;
        StringBuilder first = new StringBuilder();
        for (Map.Entry<Integer, String> e : numberCells.entrySet()) {
            String got = e.getKey() < texts.size() ? texts.get(e.getKey()).trim() : "(no such cell)";
            if (!got.equals(e.getValue())) {
                if (wrong++ == 0) {
                    first.append("cell ").append(e.getKey()).append(": expected '").append(e.getValue()).append("', got '").append(got).append('\'');
                }
            }
        }
        if (wrong > 0) {
            throw new IllegalStateException(engine + ": " + wrong + " of " + numberCells.size() + " number cells are wrong; first: " + first);
        }
    }

    /** A path such as {@code results.notDisclosed.stateSecret[3]} ({@code results} is {@code applications.results}). */
    static Object value(Map<String, Object> model, String path) {
        Object at = model;
        String p = path.startsWith("results.") ? "applications." + path : path;
        for (String step : p.replace("[", ".").replace("]", "").split("\\.")) {
            if (at instanceof Map<?, ?> m) {
                at = m.get(step);
            } else if (at instanceof List<?> l) {
                at = l.get(Integer.parseInt(step));
            } else {
                throw new IllegalStateException("no value at " + path);
            }
        }
        return at;
    }

    static String print(Object number) {
        return number instanceof BigDecimal d ? d.toPlainString() : String.valueOf(number);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
