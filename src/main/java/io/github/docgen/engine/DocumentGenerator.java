package io.github.docgen.engine;

import io.github.docgen.check.DocumentCheck;
import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.kind.KindCatalog;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.engine.TemplateCompiler;

/**
 * The engine: finds the data files of a request, reads and checks each, renders it into every format
 * its kind provides — one worker per processor, each file read once — and moves the documents into
 * place only when no file failed a check and every document rendered. Knows nothing of Maven.
 */
public final class DocumentGenerator {
    private final List<DocumentCheck> checks;
    private final DataFileReader reader;
    private final DataLimits dataLimits;
    private final RenderLimits renderLimits;
    private final int workers;
    private final OutputOptions outputs;

    public DocumentGenerator(List<DocumentCheck> checks, DataLimits dataLimits, RenderLimits renderLimits) {
        this(checks, dataLimits, renderLimits, InPlanOrder.defaultWorkers());
    }

    /**
     * {@code workers}: how many data files are read, checked and rendered at once (1: one after
     * the other). Results, logs and the manifest keep the order of the sources whatever the number.
     */
    public DocumentGenerator(List<DocumentCheck> checks, DataLimits dataLimits, RenderLimits renderLimits, int workers) {
        this(checks, dataLimits, renderLimits, workers, OutputOptions.ALL);
    }

    private DocumentGenerator(List<DocumentCheck> checks, DataLimits dataLimits, RenderLimits renderLimits, int workers,
                              OutputOptions outputs) {
        this.outputs = outputs;
        this.checks = List.copyOf(checks);
        this.reader = new DataFileReader(dataLimits);
        this.dataLimits = dataLimits;
        this.renderLimits = renderLimits;
        this.workers = Math.max(1, workers);
    }

    /** This generator, making only the formats {@code outputs} selects, its PDFs with the fonts it names. */
    public DocumentGenerator withOutputs(OutputOptions outputs) {
        return new DocumentGenerator(checks, dataLimits, renderLimits, workers, outputs);
    }

    /** Reads and checks every data file; throws when any error was found (or a warning, when the request says so). */
    public CheckResult check(GenerationRequest request) throws DocgenException {
        SourceCheck sourceCheck = new SourceCheck(request, KindCatalog.load(request.kindsDir(), request.projectDir()), reader, checks);
        CheckLedger ledger = new CheckLedger(request, checks);
        try {
            InPlanOrder.run(SourceScanner.scan(request), workers, source -> sourceCheck.run(source).header(),
                    (source, checked) -> ledger.add(checked));
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(request.display(request.sourceDir())), "DATA",
                    "cannot read: " + e.getMessage()));
        }
        ledger.throwIfFailed();
        return ledger.result();
    }

    /** Checks and renders every document; nothing is written unless every file passed and every document rendered. */
    public GenerationResult generate(GenerationRequest request) throws DocgenException {
        return generate(request, ProgressListener.NONE);
    }

    /** As {@link #generate(GenerationRequest)}, telling {@code progress} after each document. */
    public GenerationResult generate(GenerationRequest request, ProgressListener progress) throws DocgenException {
        SourceCheck sourceCheck = new SourceCheck(request, KindCatalog.load(request.kindsDir(), request.projectDir()), reader, checks);
        List<Path> sources = SourceScanner.scan(request);
        CheckLedger ledger = new CheckLedger(request, checks);
        Map<String, WrittenOutput> previous = Manifest.read(request.outputDir());
        try (StagedOutputs staged = new StagedOutputs(request.outputDir())) {
            OneFile oneFile = new OneFile(request, outputs, sourceCheck,
                    new DocumentRenderer(request, new TemplateCompiler(renderLimits, outputs), previous, staged));
            InOrder inOrder = new InOrder(ledger, sources.size(), progress, oneFile.failed, request.failOnWarning());
            InPlanOrder.run(sources, workers, oneFile::process, (source, done) -> inOrder.add(done));
            ledger.throwIfFailed();
            CheckResult checked = ledger.result();
            if (!inOrder.planFindings.isEmpty()) {
                throw new DocgenException(inOrder.planFindings, checked);
            }
            if (inOrder.renderFailure != null) {
                throw new DocgenException(inOrder.renderFailure, checked);
            }
            try (OutputStream out = staged.open(Manifest.FILE_NAME)) {
                Manifest.write(request, inOrder.written, out);
            }
            Set<Path> changed = new HashSet<>(staged.commit());
            removeStale(request, previous, inOrder.plan);
            return new GenerationResult(checked, inOrder.written.stream().map(r -> r.changed() == changed.contains(r.file()) ? r
                    : new WrittenOutput(r.file(), r.relativePath(), r.source(), r.kind(), r.format(), r.classifier(), r.sha256(),
                    r.inputs(), false)).toList());
        } catch (IOException e) {
            throw new DocgenException(List.of(cannotWrite(request, e)), ledger.result());
        }
    }

    private static Finding cannotWrite(GenerationRequest request, IOException e) {
        return Finding.error(SourcePosition.ofFile(request.display(request.outputDir())), "OUTPUT", "cannot write: " + e.getMessage());
    }

    /**
     * One data file, on a worker: read, checked, and — when it passed and no earlier file failed —
     * rendered while its values are in memory. Only its header leaves the worker, so a batch of any
     * size fits in memory.
     */
    private static final class OneFile {
        private final GenerationRequest request;
        private final OutputOptions selected;
        private final SourceCheck sourceCheck;
        private final DocumentRenderer renderer;
        /** Set once the run is bound to fail: rendering more would be thrown away, checking goes on. */
        private final AtomicBoolean failed = new AtomicBoolean();

        OneFile(GenerationRequest request, OutputOptions outputs, SourceCheck sourceCheck, DocumentRenderer renderer) {
            this.request = request;
            this.selected = outputs;
            this.sourceCheck = sourceCheck;
            this.renderer = renderer;
        }

        Done process(Path source) {
            SourceCheck.Checked checked = sourceCheck.run(source);
            LoadedDocument document = checked.document();
            if (document == null) {
                return new Done(checked, List.of(), List.of(), List.of(), null);
            }
            SourceCheck.Checked kept = checked.header();
            List<Finding> naming = new ArrayList<>();
            List<PlannedOutput> outputs = OutputPlan.outputsOf(kept.document(), request.project().version(), selected, naming);
            List<WrittenOutput> written = List.of();
            List<Finding> failure = null;
            if (naming.isEmpty() && !CheckLedger.fails(checked.findings(), request.failOnWarning()) && !failed.get()) {
                try {
                    written = renderer.render(document, outputs);
                } catch (DocgenException e) {
                    failure = e.findings();
                } catch (IOException e) {
                    failure = List.of(cannotWrite(request, e));
                }
            }
            return new Done(kept, outputs, naming, written, failure);
        }
    }

    /** What a worker did with one data file: its check, planned outputs, naming problems, documents, or why rendering failed. */
    private record Done(SourceCheck.Checked checked, List<PlannedOutput> outputs, List<Finding> naming,
                        List<WrittenOutput> written, List<Finding> renderFailure) {
    }

    /** Takes the workers' results in file order: the ledger, the plan, the first failure, progress. */
    private static final class InOrder {
        private final CheckLedger ledger;
        private final int files;
        private final ProgressListener progress;
        private final AtomicBoolean failed;
        private final boolean failOnWarning;
        private final OutputPlan plan = new OutputPlan();
        private final List<Finding> planFindings = new ArrayList<>();
        private final List<WrittenOutput> written = new ArrayList<>();
        private List<Finding> renderFailure;
        private int filesDone;

        InOrder(CheckLedger ledger, int files, ProgressListener progress, AtomicBoolean failed, boolean failOnWarning) {
            this.ledger = ledger;
            this.failOnWarning = failOnWarning;
            this.files = files;
            this.progress = progress;
            this.failed = failed;
        }

        void add(Done done) {
            boolean fails = CheckLedger.fails(ledger.add(done.checked()), failOnWarning);
            planFindings.addAll(done.naming());
            plan.add(done.outputs(), planFindings);
            if (renderFailure == null) {
                renderFailure = done.renderFailure();
            }
            if (fails || !planFindings.isEmpty() || renderFailure != null) {
                failed.set(true);
            }
            filesDone++;
            for (WrittenOutput output : done.written()) {
                written.add(output);
                progress.finished(filesDone, files, output.relativePath(), output.changed());
            }
        }
    }

    /** Outputs an earlier build made from data files that are gone (or renamed) are removed with them. */
    private static void removeStale(GenerationRequest request, Map<String, WrittenOutput> previous, OutputPlan plan) throws IOException {
        for (String path : previous.keySet()) {
            Path file = request.outputDir().resolve(path).normalize();
            if (!plan.contains(path) && file.startsWith(request.outputDir())) {
                Files.deleteIfExists(file);
            }
        }
    }
}
