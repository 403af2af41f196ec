package io.github.docgen.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileException;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.data.DataNode;
import io.github.docgen.data.Sha256;
import io.github.docgen.data.SlashedPath;
import io.github.docgen.data.SourcePosition;
import io.github.docgen.kind.KindCatalog;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.TemplateCompiler;

/**
 * The engine: finds the data files of a request, loads and checks them all, and only when no
 * error was found renders each into every format its kind provides, on one worker per processor.
 * Knows nothing of Maven.
 */
public final class DocumentGenerator {
    private final List<DocumentCheck> checks;
    private final DataFileReader reader;
    private final RenderLimits renderLimits;
    private final int workers;

    public DocumentGenerator(List<DocumentCheck> checks, DataLimits dataLimits, RenderLimits renderLimits) {
        this(checks, dataLimits, renderLimits, InPlanOrder.defaultWorkers());
    }

    /**
     * {@code workers}: how many data files are loaded, checked and rendered at once (1: one after
     * the other). Results, logs and the manifest keep the order of the sources whatever the number.
     */
    public DocumentGenerator(List<DocumentCheck> checks, DataLimits dataLimits, RenderLimits renderLimits, int workers) {
        this.checks = List.copyOf(checks);
        this.reader = new DataFileReader(dataLimits);
        this.renderLimits = renderLimits;
        this.workers = Math.max(1, workers);
    }

    /** Loads and checks every data file; throws when any error was found (or a warning, when the request says so). */
    public CheckResult check(GenerationRequest request) throws DocgenException {
        return load(request).result();
    }

    /** Checks, then renders every document; nothing is written unless every document rendered. */
    public GenerationResult generate(GenerationRequest request) throws DocgenException {
        return generate(request, ProgressListener.NONE);
    }

    /** As {@link #generate(GenerationRequest)}, telling {@code progress} after each document. */
    public GenerationResult generate(GenerationRequest request, ProgressListener progress) throws DocgenException {
        Loaded loaded = load(request);
        List<Finding> planFindings = new ArrayList<>();
        List<PlannedOutput> plan = OutputPlan.plan(loaded.documents(), request.project().version(), planFindings);
        if (!planFindings.isEmpty()) {
            throw new DocgenException(planFindings, loaded.result());
        }
        try {
            return new GenerationResult(loaded.result(), render(request, plan, progress));
        } catch (DocgenException e) {
            throw new DocgenException(e.findings(), loaded.result()); // the checks passed; the reports still say so
        }
    }

    private List<WrittenOutput> render(GenerationRequest request, List<PlannedOutput> plan, ProgressListener progress)
            throws DocgenException {
        TemplateCompiler compiler = new TemplateCompiler(renderLimits);
        InputFingerprint fingerprint = new InputFingerprint(request);
        Map<String, WrittenOutput> previous = Manifest.read(request.outputDir());
        List<WrittenOutput> results = new ArrayList<>();
        try (StagedOutputs staged = new StagedOutputs(request.outputDir())) {
            // One job per data file: it is read again once for all of its outputs, which are rendered by one worker.
            InPlanOrder.run(byDocument(plan), workers, outputs -> renderDocument(request, compiler, fingerprint, previous, staged, outputs),
                    (outputs, written) -> {
                        for (WrittenOutput result : written) {
                            results.add(result);
                            progress.finished(results.size(), plan.size(), result.relativePath(), result.changed());
                        }
                    });
            try (OutputStream out = staged.open(Manifest.FILE_NAME)) {
                Manifest.write(request, results, out);
            }
            Set<Path> changed = new HashSet<>(staged.commit());
            removeStale(request, previous, plan);
            return results.stream().map(r -> r.changed() == changed.contains(r.file()) ? r : new WrittenOutput(r.file(),
                    r.relativePath(), r.source(), r.kind(), r.format(), r.classifier(), r.sha256(), r.inputs(), false)).toList();
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(request.display(request.outputDir())), "OUTPUT",
                    "cannot write: " + e.getMessage()));
        }
    }

    /** The plan cut into runs of outputs of one data file (the plan lists a file's outputs together). */
    private static List<List<PlannedOutput>> byDocument(List<PlannedOutput> plan) {
        List<List<PlannedOutput>> runs = new ArrayList<>();
        for (PlannedOutput output : plan) {
            List<PlannedOutput> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.get(0).document() == output.document()) {
                last.add(output);
            } else {
                runs.add(new ArrayList<>(List.of(output)));
            }
        }
        return runs;
    }

    private List<WrittenOutput> renderDocument(GenerationRequest request, TemplateCompiler compiler, InputFingerprint fingerprint,
            Map<String, WrittenOutput> previous, StagedOutputs staged, List<PlannedOutput> outputs) throws DocgenException, IOException {
        List<WrittenOutput> written = new ArrayList<>(outputs.size());
        LoadedDocument full = null;
        for (PlannedOutput output : outputs) {
            String inputs = fingerprint.of(output);
            WrittenOutput result = request.force() ? null : upToDate(previous.get(output.relativePath()), inputs);
            if (result == null) {
                if (full == null) {
                    full = reload(request, output.document());
                }
                result = renderOne(request, compiler, staged, output, full, inputs);
            }
            written.add(result);
        }
        return written;
    }

    /** The data file read again for rendering; it must still be the file that was checked. */
    private LoadedDocument reload(GenerationRequest request, LoadedDocument checked) throws DocgenException {
        DataFile data;
        try {
            data = reader.read(checked.file(), checked.data().relativePath(), checked.data().displayPath());
        } catch (DataFileException e) {
            throw new DocgenException(Finding.error(e.position(), "DATA", e.reason()));
        }
        if (!data.sha256().equals(checked.data().sha256())) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(checked.data().displayPath()), "DATA",
                    "the file changed during the build; build again"));
        }
        return new LoadedDocument(data, checked.kind(), checked.file());
    }

    private WrittenOutput renderOne(GenerationRequest request, TemplateCompiler compiler, StagedOutputs staged,
                                    PlannedOutput output, LoadedDocument document, String inputs) throws DocgenException, IOException {
        CompiledTemplate template = compiler.compile(output.document().kind(), output.template());
        Map<String, Object> model = DocumentModel.of(document, request.project(), request.buildTime(),
                output.template().outputExtension());
        MessageDigest digest = Sha256.digest();
        try (OutputStream out = new DigestOutputStream(staged.open(output.relativePath()), digest)) {
            template.render(model, out);
        }
        return new WrittenOutput(request.outputDir().resolve(output.relativePath()), output.relativePath(),
                output.document().data().relativePath(), output.document().kind().id(), output.template().outputExtension(),
                output.classifier(), HexFormat.of().formatHex(digest.digest()), inputs, true);
    }

    /** The previous build's output, if its inputs are the same and the file on disk is still the one it wrote. */
    private static WrittenOutput upToDate(WrittenOutput before, String inputs) throws IOException {
        if (before == null || !inputs.equals(before.inputs()) || !Files.isRegularFile(before.file())
                || !Sha256.hex(Files.readAllBytes(before.file())).equals(before.sha256())) {
            return null;
        }
        return before;
    }

    /** Outputs an earlier build made from data files that are gone (or renamed) are removed with them. */
    private static void removeStale(GenerationRequest request, Map<String, WrittenOutput> previous, List<PlannedOutput> plan)
            throws IOException {
        Set<String> planned = new HashSet<>();
        plan.forEach(p -> planned.add(p.relativePath()));
        for (String path : previous.keySet()) {
            Path file = request.outputDir().resolve(path).normalize();
            if (!planned.contains(path) && file.startsWith(request.outputDir())) {
                Files.deleteIfExists(file);
            }
        }
    }

    private Loaded load(GenerationRequest request) throws DocgenException {
        KindCatalog catalog = KindCatalog.load(request.kindsDir(), request.projectDir());
        List<LoadedDocument> documents = new ArrayList<>();
        List<CheckResult.CheckedFile> checked = new ArrayList<>();
        DocumentCheck.DataFileLoader loader = previousLoader(request);
        try {
            // Reading is the costly part and runs on the workers; the checks run here, in plan order,
            // so that what a check reports once for a kind lands on the same file as in a sequential run.
            InPlanOrder.run(SourceScanner.scan(request), workers, source -> read(request, catalog, source), (source, read) -> {
                Checked one = check(request, loader, source, read);
                checked.add(one.file());
                if (one.document() != null) {
                    documents.add(one.document());
                }
            });
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(request.display(request.sourceDir())), "DATA",
                    "cannot read: " + e.getMessage()));
        }
        CheckResult result = CheckResult.of(checked);
        if (result.errors() > 0) {
            throw new DocgenException(result.findings().stream().filter(Finding::isError).toList(), result);
        }
        if (request.failOnWarning() && result.warnings() > 0) {
            throw new DocgenException(result.findings(), result);
        }
        return new Loaded(documents, result);
    }

    /** One data file read: the document (null when it did not load), and what reading it found. */
    private record Read(LoadedDocument document, List<Finding> findings) {
    }

    private Read read(GenerationRequest request, KindCatalog catalog, Path source) {
        List<Finding> findings = new ArrayList<>();
        return new Read(loadOne(request, catalog, source, findings), findings);
    }

    /** Checks one read data file; keeps only its header, so a batch of any size fits in memory. */
    private Checked check(GenerationRequest request, DocumentCheck.DataFileLoader loader, Path source, Read read) {
        List<Finding> findings = new ArrayList<>(read.findings());
        List<String> rules = new ArrayList<>(List.of("DATA", "KIND"));
        LoadedDocument document = read.document();
        if (document != null) {
            Finding reserved = DocumentModel.reservedKey(document);
            if (reserved != null) {
                findings.add(reserved);
            }
            for (DocumentCheck check : checks) {
                rules.addAll(check.ruleIds(document.kind()));
                findings.addAll(check.check(document.data(), document.kind(), loader));
            }
        }
        findings.forEach(f -> rules.add(f.rule()));
        CheckResult.CheckedFile file = new CheckResult.CheckedFile(request.display(source), rules.stream().distinct().toList(), findings);
        return new Checked(document == null ? null : new LoadedDocument(document.data().header(), document.kind(), source), file);
    }

    private record Checked(LoadedDocument document, CheckResult.CheckedFile file) {
    }

    private LoadedDocument loadOne(GenerationRequest request, KindCatalog catalog, Path source, List<Finding> findings) {
        String relative = SlashedPath.of(request.sourceDir().relativize(source));
        DataFile data;
        try {
            data = reader.read(source, relative, request.display(source));
        } catch (DataFileException e) {
            findings.add(Finding.error(e.position(), "DATA", e.reason()));
            return null;
        }
        DataNode kindNode = data.root().get("kind");
        if (data.kind() == null) {
            SourcePosition at = kindNode == null ? new SourcePosition(data.displayPath(), 1, 1) : kindNode.position();
            findings.add(Finding.error(at, "KIND", "the file must name its kind (kind: one of " + catalog.ids() + ")"));
            return null;
        }
        ReportKind kind = catalog.find(data.kind()).orElse(null);
        if (kind == null) {
            findings.add(Finding.error(kindNode.position(), "KIND", "unknown kind '" + data.kind() + "'; known kinds: " + catalog.ids()
                    + " (a kind of your own goes in " + request.display(request.kindsDir()) + "/<kind>/)"));
            return null;
        }
        return new LoadedDocument(data, kind, source);
    }

    /** Reads files named inside data files (such as last year's report), only from within the project. */
    private DocumentCheck.DataFileLoader previousLoader(GenerationRequest request) {
        return (from, path) -> {
            Path fromFile = request.sourceDir().resolve(from.relativePath());
            Path target = fromFile.getParent().resolve(path).normalize();
            SourcePosition at = SourcePosition.ofFile(from.displayPath());
            if (!target.startsWith(request.projectDir())) {
                return new DocumentCheck.LoadedOrFailed(null, Finding.error(at, "DATA", "'" + path + "' points outside the project"));
            }
            if (!Files.isRegularFile(target)) {
                return new DocumentCheck.LoadedOrFailed(null, Finding.error(at, "DATA", "'" + path + "' does not exist"));
            }
            try {
                String rel = target.startsWith(request.sourceDir())
                        ? SlashedPath.of(request.sourceDir().relativize(target))
                        : request.display(target);
                return new DocumentCheck.LoadedOrFailed(reader.read(target, rel, request.display(target)), null);
            } catch (DataFileException e) {
                return new DocumentCheck.LoadedOrFailed(null, Finding.error(e.position(), "DATA", e.reason()));
            }
        };
    }

    private record Loaded(List<LoadedDocument> documents, CheckResult result) {
    }
}
