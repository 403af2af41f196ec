package io.github.docgen.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileException;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.incremental.InputFingerprint;
import io.github.docgen.kind.KindCatalog;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.lint.KindInspection;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.text.SlashedPath;

/** {@code docgen:inspect}: what the templates of a kind read and where, for one kind or every kind the project uses. */
final class KindInspector {
    private final RunSettings settings;
    private final KindCompiler compiler;
    private final DataFileReader reader;

    KindInspector(RunSettings settings, KindCompiler compiler, DataFileReader reader) {
        this.settings = settings;
        this.compiler = compiler;
        this.reader = reader;
    }

    String inspect(String kindId, boolean json) throws DocgenException {
        KindCatalog catalog = KindCatalog.load(settings.kindsDir(), settings.projectDir());
        List<String> ids = kindId == null || kindId.isBlank() ? usedKinds(catalog) : List.of(kindId);
        List<KindInspection> inspections = new ArrayList<>();
        for (String id : ids) {
            ReportKind kind = catalog.find(id).orElseThrow(() -> new DocgenException(Finding.error(
                    SourcePosition.ofFile(settings.display(settings.kindsDir())), "KIND", "unknown kind '" + id + "'; known kinds: " + catalog.ids())));
            inspections.add(inspect(kind));
        }
        if (!json) {
            return String.join("\n", inspections.stream().map(KindInspection::text).toList());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            KindInspection.writeJson(inspections, out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private KindInspection inspect(ReportKind kind) throws DocgenException {
        CompiledKind compiled = compiler.compile(kind, InputFingerprint.ofKind(kind.files()));
        Map<String, CompiledTemplate> templates = new LinkedHashMap<>();
        for (KindTemplate template : kind.templates()) {
            templates.put(template.fileName(), compiled.template(template)); // a template that does not compile: its errors
        }
        return KindInspection.of(kind, templates, KindCompiler.schemaOf(kind));
    }

    /** The kinds the data files name, and the project's own kinds. */
    private List<String> usedKinds(KindCatalog catalog) throws DocgenException {
        TreeSet<String> ids = new TreeSet<>();
        for (Path source : SourceScanner.scan(settings).files()) {
            try {
                DataFile data = reader.read(source, SlashedPath.of(settings.sourceDir().relativize(source)), settings.display(source));
                if (data.kind() != null && catalog.find(data.kind()).isPresent()) {
                    ids.add(data.kind());
                }
            } catch (DataFileException e) {
                // a file that does not read names no kind; check reports it
            }
        }
        for (String id : catalog.ids()) {
            if (catalog.find(id).orElseThrow().origin().startsWith(settings.display(settings.kindsDir()))) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }
}
