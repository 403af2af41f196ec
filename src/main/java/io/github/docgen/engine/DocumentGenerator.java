package io.github.docgen.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.docgen.data.DataFileReader;
import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.incremental.OutputIndex;
import io.github.docgen.incremental.WrittenOutput;
import io.github.docgen.kind.KindCatalog;
import io.github.docgen.output.StagedOutputs;

/**
 * The run: finds the data files, compiles every kind once, reads and checks each file and renders it
 * into every format its kind provides — one worker per processor, each file read once — and moves
 * the documents into place only when no file failed a check and every document rendered.
 */
final class DocumentGenerator {
    private final KindCompiler kindCompiler;
    private final DataFileReader reader;
    private final BuildMemo memo;
    private final String checksKey;
    private final int workers;

    DocumentGenerator(KindCompiler kindCompiler, DataFileReader reader, BuildMemo memo, String checksKey, int workers) {
        this.kindCompiler = kindCompiler;
        this.reader = reader;
        this.memo = memo;
        this.checksKey = checksKey;
        this.workers = Math.max(1, workers);
    }

    /** What checking found, and how many files an earlier goal of the build had checked already. */
    record Checked(CheckResult result, int reused) {
    }

    /** Reads and checks every data file; throws when any error was found (or a warning, when the settings say so). */
    Checked check(RunSettings settings) throws DocgenException {
        CheckLedger ledger = new CheckLedger(settings);
        SourceCheck sourceCheck = sourceCheck(settings, ledger, true);
        SourceScanner.Scan scan = SourceScanner.scan(settings);
        ledger.addRefusedLinks(scan.refusedLinks());
        try {
            InPlanOrder.run(scan.files(), workers, source -> sourceCheck.run(source).header(),
                    (source, checked) -> ledger.add(checked));
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(settings.display(settings.sourceDir())), "DATA",
                    "cannot read: " + e.getMessage()));
        }
        ledger.throwIfFailed();
        return new Checked(ledger.result(), sourceCheck.reused());
    }

    /** What a generate run made, before the façade adds what it reports. */
    record Generated(Checked check, List<WrittenOutput> outputs, int rendered) {
    }

    /** Checks and renders every document; nothing is written unless every file passed and every document rendered. */
    Generated generate(RunSettings settings, ProgressListener progress) throws DocgenException {
        CheckLedger ledger = new CheckLedger(settings);
        SourceCheck sourceCheck = sourceCheck(settings, ledger, false);
        SourceScanner.Scan scan = SourceScanner.scan(settings);
        List<Path> sources = scan.files();
        ledger.addRefusedLinks(scan.refusedLinks());
        OutputIndex index = settings.force() ? OutputIndex.forced(settings.outputDir()) : OutputIndex.read(settings.outputDir());
        try (StagedOutputs staged = new StagedOutputs(settings.outputDir(), progress::waiting)) {
            OneFile oneFile = new OneFile(settings, sourceCheck, new DocumentRenderer(settings, index, staged));
            InOrder inOrder = new InOrder(ledger, sources.size(), progress, oneFile.failed, settings.failOnWarning());
            InPlanOrder.run(sources, workers, oneFile::process, (source, done) -> inOrder.add(done));
            ledger.throwIfFailed();
            CheckResult checked = ledger.result();
            if (!inOrder.planFindings.isEmpty()) {
                throw new DocgenException(inOrder.planFindings, checked);
            }
            if (inOrder.renderFailure != null) {
                throw new DocgenException(inOrder.renderFailure, checked);
            }
            try (OutputStream out = staged.open(OutputIndex.manifestName())) {
                ProjectInfo p = settings.project();
                OutputIndex.writeManifest(p.groupId() + ":" + p.artifactId() + ":" + p.version(), p.commit(), inOrder.written, out);
            }
            Set<Path> changed = new HashSet<>(staged.commit(index.stale(inOrder.plan.paths())));
            List<WrittenOutput> outputs = inOrder.written.stream().map(r -> r.changed() == changed.contains(r.file()) ? r
                    : new WrittenOutput(r.file(), r.relativePath(), r.source(), r.kind(), r.format(), r.classifier(), r.sha256(),
                    r.inputs(), false)).toList();
            return new Generated(new Checked(checked, sourceCheck.reused()), outputs, inOrder.rendered);
        } catch (IOException e) {
            throw new DocgenException(List.of(cannotWrite(settings, e)), ledger.result());
        }
    }

    /** @param keepParsed whether what is parsed is kept for a later goal of the build (check: for generate) */
    private SourceCheck sourceCheck(RunSettings settings, CheckLedger ledger, boolean keepParsed) throws DocgenException {
        KindCatalog catalog = KindCatalog.load(settings.kindsDir(), settings.projectDir());
        refuseUnknownFormats(settings, catalog);
        ledger.addRefusedLinks(catalog.skippedLinks());
        return new SourceCheck(settings, catalog, kindCompiler.compiledKinds(memo), reader, memo, checksKey, keepParsed);
    }

    /** A format asked for ({@code -Ddocgen.formats}) that no kind makes is a misspelling, not a wish for nothing. */
    private static void refuseUnknownFormats(RunSettings settings, KindCatalog catalog) throws DocgenException {
        java.util.Set<String> made = new java.util.TreeSet<>();
        for (String id : catalog.ids()) {
            catalog.find(id).orElseThrow().templates().forEach(t -> made.add(t.outputExtension().toLowerCase(java.util.Locale.ROOT)));
        }
        List<String> unknown = settings.formats().stream().filter(f -> !made.contains(f)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(settings.display(settings.kindsDir())), "FORMATS",
                    "docgen.formats names " + unknown + ", which no kind makes; the kinds make " + made));
        }
    }

    private static Finding cannotWrite(RunSettings settings, IOException e) {
        return Finding.error(SourcePosition.ofFile(settings.display(settings.outputDir())), "OUTPUT", "cannot write: " + e.getMessage());
    }

    /**
     * One data file, on a worker: read, checked, and — when it passed and no earlier file failed —
     * rendered while its values are in memory. Only its header leaves the worker, so a batch of any
     * size fits in memory.
     */
    private static final class OneFile {
        private final RunSettings settings;
        private final SourceCheck sourceCheck;
        private final DocumentRenderer renderer;
        /** Set once the run is bound to fail: rendering more would be thrown away, checking goes on. */
        private final AtomicBoolean failed = new AtomicBoolean();

        OneFile(RunSettings settings, SourceCheck sourceCheck, DocumentRenderer renderer) {
            this.settings = settings;
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
            List<PlannedOutput> outputs = OutputPlan.outputsOf(kept.document(), settings.project().version(), settings.formats(), naming);
            List<WrittenOutput> written = List.of();
            List<Finding> failure = null;
            if (naming.isEmpty() && !CheckLedger.fails(checked.findings(), settings.failOnWarning()) && !failed.get()) {
                try {
                    written = renderer.render(document, checked.kind(), outputs);
                } catch (DocgenException e) {
                    failure = e.findings();
                } catch (IOException e) {
                    failure = List.of(cannotWrite(settings, e));
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
        private int rendered;

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
                if (output.changed()) {
                    rendered++;
                }
                progress.finished(filesDone, files, output.relativePath(), output.changed());
            }
        }
    }
}
