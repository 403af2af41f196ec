package io.github.docgen.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.github.docgen.check.DocumentCheck;
import io.github.docgen.check.RuleCheck;
import io.github.docgen.check.SchemaCheck;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.RuleCatalog;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.facts.BuildFacts;
import io.github.docgen.facts.GitFacts;
import io.github.docgen.facts.TagPattern;
import io.github.docgen.facts.TestReportFacts;
import io.github.docgen.importer.ReportImport;
import io.github.docgen.nextyear.NextYear;
import io.github.docgen.pdf.PdfSettings;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.report.CheckReportWriter;

/**
 * The one way into the engine: a Mojo, a test, the benchmark or any other front end describes the
 * project once with {@link #builder()} and calls {@link #check()} or {@link #generate}. The façade
 * owns what every caller would otherwise wire up itself: the default checks (schema.json, then
 * rules.yaml), the limits, the workers, the build-time policy, the Git lookup and the check reports.
 *
 * <pre>{@code
 * GenerationResult result = Docgen.builder()
 *         .projectDirectory(basedir)
 *         .project("org.example", "reports", "2021.1", "Reports", Map.of())
 *         .outputTimestamp("2026-01-01T00:00:00Z")
 *         .build()
 *         .generate(ProgressListener.NONE);
 * }</pre>
 */
public final class Docgen {
    private final RunSettings settings;
    private final DocumentGenerator generator;
    private final boolean writeReports;
    private final KindInspector inspector;

    private Docgen(RunSettings settings, DocumentGenerator generator, boolean writeReports, KindInspector inspector) {
        this.settings = settings;
        this.generator = generator;
        this.writeReports = writeReports;
        this.inspector = inspector;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and checks every data file and writes the check reports; throws (reports written) when the checks fail. */
    public CheckRun check() throws DocgenException {
        DocumentGenerator.Checked checked;
        try {
            checked = generator.check(settings);
        } catch (DocgenException e) {
            throw reported(e);
        }
        return new CheckRun(checked.result(), writeReports(checked.result()), checked.reused());
    }

    /**
     * Checks and renders every document into the output folder and writes the check reports; nothing
     * is written but the reports unless every file passed and every document rendered.
     */
    public GenerationResult generate(ProgressListener progress) throws DocgenException {
        long start = System.nanoTime();
        DocumentGenerator.Generated generated;
        try {
            generated = generator.generate(settings, progress);
        } catch (DocgenException e) {
            throw reported(e);
        }
        CheckResult result = generated.check().result();
        CheckRun check = new CheckRun(result, writeReports(result), generated.check().reused());
        return new GenerationResult(check, generated.outputs(), generated.rendered(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * docgen:import: reads published annual reports (a file, or every .htm, .html and .docx of a
     * folder) into data files of the built-in kinds, under {@code <year>/<name>.yaml} of the source
     * folder unless {@code to} names the data file (one report) or folder (a folder of them). An
     * existing file is overwritten only with {@link Builder#force}; nothing is written when a source
     * cannot be read. Call {@link #check()} after it to see what the checks find in them.
     */
    public List<WrittenDataFile> importReports(Path from, Path to) throws DocgenException {
        return new ReportImport(settings.sourceDir(), settings::display).run(from, to, settings.force()).stream()
                .map(w -> new WrittenDataFile(settings.display(w.source()), settings.display(w.target()), w.findings())).toList();
    }

    /**
     * docgen:next: writes next year's data file from last year's {@code from}, at {@code to} or at
     * {@code from}'s path with the year replaced; an existing file only with {@link Builder#force}.
     */
    public WrittenDataFile startNextYear(Path from, Path to) throws DocgenException {
        Path written = new NextYear(settings.sourceDir(), settings::display).run(from, to, settings.force());
        return new WrittenDataFile(settings.display(from), settings.display(written), List.of());
    }

    /**
     * What the templates of a kind read, with their lines (Word: paragraphs), where each Word
     * directive acts, and the schema paths no template reads: for {@code kindId}, or every kind the
     * project uses when it is null; as text, or as JSON for tools.
     */
    public String inspect(String kindId, boolean json) throws DocgenException {
        return inspector.inspect(kindId, json);
    }

    /**
     * Serves the output folder on 127.0.0.1 ({@code port} 0: 8000, or a free port when that is
     * taken) and watches the data files and the project's kinds; {@link Watching#run} then
     * generates after every change.
     */
    public Watching watch(int port) throws IOException {
        return new Watching(this, port, List.of(settings.sourceDir(), settings.kindsDir()));
    }

    /**
     * What each rule id means: the engine's checks and every rule the project's kinds (built-in and
     * its own) declare in rules.yaml, for reports that explain the rules (SARIF, the site report).
     */
    public RuleCatalog rules() {
        return KindRules.of(settings.kindsDir(), settings.projectDir());
    }

    /** The folder documents and reports are written to. */
    public Path outputDirectory() {
        return settings.outputDir();
    }

    /**
     * Writes the reports of a failed run: what the checks found and every failure that stopped it
     * (a template, a render, an output), so a CI server's report view shows a red build as red.
     */
    private DocgenException reported(DocgenException e) throws DocgenException {
        CheckResult checked = e.check() != null ? e.check() : new CheckResult(0, List.of());
        List<Finding> stopping = e.findings().stream().filter(f -> !checked.findings().contains(f)).toList();
        writeReports(checked.withFailures(stopping));
        return e;
    }

    private List<Path> writeReports(CheckResult result) throws DocgenException {
        if (!writeReports) {
            return List.of();
        }
        try {
            return new CheckReportWriter(settings.outputDir(), rules(), settings.toolVersion()).write(result, settings.failOnWarning());
        } catch (IOException e) {
            throw new DocgenException(List.of(Finding.error(SourcePosition.ofFile(settings.display(settings.outputDir())), "OUTPUT",
                    "cannot write the check reports: " + e.getMessage())), result);
        }
    }

    /** Describes one project and how to build it; every setting has the default a Maven build would have. */
    public static final class Builder {
        private Path projectDir;
        private Path sourceDir;
        private Path kindsDir;
        private Path outputDir;
        private String groupId = "unnamed";
        private String artifactId = "unnamed";
        private String version = "0";
        private String name;
        private Map<String, String> properties = Map.of();
        private String commit;
        private boolean lookUpCommit = true;
        private String outputTimestamp;
        private String sourceDateEpoch;
        private Instant buildTime;
        private boolean force;
        private boolean failOnWarning;
        private String toolVersion = "dev";
        private int workers = InPlanOrder.defaultWorkers();
        private List<DocumentCheck> checks = List.of(new SchemaCheck(), new RuleCheck());
        private DataLimits dataLimits = DataLimits.DEFAULT;
        private RenderLimits renderLimits = RenderLimits.DEFAULT;
        private Map<String, Object> memo;
        private boolean writeReports = true;
        private BuildFacts facts = BuildFacts.NONE;
        private ProjectFacts projectFacts;
        private Set<String> formats = Set.of();
        private List<Path> fontDirectories = List.of();
        private boolean requireFonts;
        private boolean systemFonts = true;
        private Consumer<String> warnings = warning -> { };

        private Builder() {
        }

        /** The project's folder: messages name paths relative to it; the other folders default below it. */
        public Builder projectDirectory(Path dir) {
            this.projectDir = dir;
            return this;
        }

        /** Where data files are found; default {@code src/docgen}. */
        public Builder sourceDirectory(Path dir) {
            this.sourceDir = dir;
            return this;
        }

        /** The project's own kinds, one folder each; default {@code <sourceDirectory>/kinds}. */
        public Builder kindsDirectory(Path dir) {
            this.kindsDir = dir;
            return this;
        }

        /** Where documents and reports go; default {@code target/docgen}. */
        public Builder outputDirectory(Path dir) {
            this.outputDir = dir;
            return this;
        }

        /** What templates see as {@code project.*}; a {@code -SNAPSHOT} version makes drafts. */
        public Builder project(String groupId, String artifactId, String version, String name, Map<String, String> properties) {
            this.groupId = groupId;
            this.artifactId = artifactId;
            this.version = version;
            this.name = name;
            this.properties = Map.copyOf(properties);
            return this;
        }

        /** The commit documents are stamped with; by default read from the project's Git repository, if any. */
        public Builder commit(String commit) {
            this.commit = commit;
            this.lookUpCommit = false;
            return this;
        }

        /** Maven's {@code project.build.outputTimestamp} (ISO-8601 or epoch seconds); one character or blank: not set. */
        public Builder outputTimestamp(String timestamp) {
            this.outputTimestamp = timestamp;
            return this;
        }

        /** {@code SOURCE_DATE_EPOCH}, used when no output timestamp is set. */
        public Builder sourceDateEpoch(String epochSeconds) {
            this.sourceDateEpoch = epochSeconds;
            return this;
        }

        /** A fixed build time, instead of the timestamp settings. */
        public Builder buildTime(Instant time) {
            this.buildTime = time;
            return this;
        }

        /** Render every document even when its inputs did not change. */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /** A warning fails the run like an error. */
        public Builder failOnWarning(boolean fail) {
            this.failOnWarning = fail;
            return this;
        }

        /** The plugin's version: part of every document's inputs, so a new plugin renders everything again. */
        public Builder toolVersion(String version) {
            this.toolVersion = version;
            return this;
        }

        /** How many data files are read, checked and rendered at once; default one per processor. */
        public Builder workers(int workers) {
            this.workers = workers;
            return this;
        }

        /** The checks every data file passes; default its kind's schema.json, then its rules.yaml. */
        public Builder checks(List<DocumentCheck> checks) {
            this.checks = List.copyOf(checks);
            return this;
        }

        public Builder dataLimits(DataLimits limits) {
            this.dataLimits = limits;
            return this;
        }

        /**
         * The most values one data file may hold (see {@link DataLimits#maxValues()}); default 100,000.
         *
         * @throws IllegalArgumentException when below 1
         */
        public Builder maxValues(int values) {
            this.dataLimits = dataLimits.withMaxValues(values);
            return this;
        }

        public Builder renderLimits(RenderLimits limits) {
            this.renderLimits = limits;
            return this;
        }

        /**
         * A map that lives as long as the build (Maven's plugin context): a later goal of the same
         * build reuses the compiled kinds and the check findings of files whose bytes did not change.
         */
        public Builder buildMemo(Map<String, Object> memo) {
            this.memo = memo;
            return this;
        }

        /** Whether check-report.json and TEST-docgen-checks.xml are written; default yes. */
        public Builder writeReports(boolean write) {
            this.writeReports = write;
            return this;
        }

        /**
         * The build's facts templates may use, each read once and only for kinds whose templates name it:
         * {@code git} (the project's repository; {@code releaseTags} a glob of its release tags, blank for
         * the artifact's versions), {@code tests} (the XML test reports in {@code testReports}) and
         * {@code dependencies} (from {@code dependencies}, with their POMs' licences when {@code licenses}).
         * What a reader had to assume goes to {@link #warnings}. Default: no facts.
         */
        public Builder projectFacts(String releaseTags, List<Path> testReports, DependencySource dependencies, boolean licenses) {
            this.projectFacts = new ProjectFacts(releaseTags, List.copyOf(testReports), Objects.requireNonNull(dependencies), licenses);
            this.facts = null;
            return this;
        }

        /** Facts of the caller's own sources instead of {@link #projectFacts} (tests, other front ends); default none. */
        public Builder facts(BuildFacts facts) {
            this.facts = Objects.requireNonNull(facts, "facts");
            this.projectFacts = null;
            return this;
        }

        /**
         * The output formats to make, by extension ({@code html}, {@code docx}, {@code pdf}; any case,
         * blanks ignored); none given: every format of each kind.
         */
        public Builder formats(Collection<String> formats) {
            this.formats = formats.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            return this;
        }

        /** Folders searched for the official fonts of PDFs before the system's font folders. */
        public Builder fontDirectories(List<Path> directories) {
            this.fontDirectories = List.copyOf(directories);
            return this;
        }

        /** An official font found in no font folder fails the PDFs, instead of falling back to a shipped open font. */
        public Builder requireFonts(boolean require) {
            this.requireFonts = require;
            return this;
        }

        /** Whether the system's font folders are searched (default yes; off, every machine uses the same fonts). */
        public Builder systemFonts(boolean search) {
            this.systemFonts = search;
            return this;
        }

        /** Told of what a run goes on despite: an official font that falls back to a shipped one, once per family. */
        public Builder warnings(Consumer<String> sink) {
            this.warnings = sink;
            return this;
        }

        /** @throws IllegalArgumentException when the output timestamp is neither ISO-8601 nor epoch seconds */
        public Docgen build() {
            Path project = Objects.requireNonNull(projectDir, "projectDirectory").toAbsolutePath().normalize();
            Path sources = sourceDir != null ? sourceDir : project.resolve("src/docgen");
            Path kinds = kindsDir != null ? kindsDir : project.resolve(sources).resolve("kinds");
            Path outputs = outputDir != null ? outputDir : project.resolve("target/docgen");
            Instant configured = buildTime != null ? buildTime : BuildTime.configured(outputTimestamp, sourceDateEpoch);
            String stamp = lookUpCommit ? GitRevision.of(project).orElse(null) : commit;
            ProjectInfo info = new ProjectInfo(groupId, artifactId, version, name, properties, stamp);
            RunSettings located = new RunSettings(project, sources, kinds, outputs, info,
                    configured != null ? configured : Instant.now(), configured != null, force, toolVersion, failOnWarning, BuildFacts.NONE, formats);
            RunSettings settings = located.withFacts(projectFacts == null ? facts : projectFacts.of(located, warnings));
            String checkClasses = checks.stream().map(c -> c.getClass().getName()).collect(Collectors.joining(","));
            String checksKey = checkClasses + "|" + dataLimits + "|" + settings.projectDir() + "|" + settings.sourceDir();
            PdfSettings pdf = new PdfSettings(fontDirectories, requireFonts, systemFonts);
            KindCompiler kindCompiler = new KindCompiler(checks, OutputFormats.standard(renderLimits, pdf, warnings), formats,
                    checkClasses + "|" + renderLimits + "|" + pdf);
            DocumentGenerator generator = new DocumentGenerator(kindCompiler, new DataFileReader(dataLimits),
                    memo == null ? BuildMemo.none() : new BuildMemo(memo), checksKey, workers);
            return new Docgen(settings, generator, writeReports, new KindInspector(settings, kindCompiler, new DataFileReader(dataLimits)));
        }

        /** What {@link #projectFacts} was told, made into the build's facts once the project's folder is known. */
        private record ProjectFacts(String releaseTags, List<Path> testReports, DependencySource dependencies, boolean licenses) {
            BuildFacts of(RunSettings settings, Consumer<String> warnings) {
                TagPattern tags = releaseTags == null || releaseTags.isBlank()
                        ? TagPattern.versionsOf(settings.project().artifactId()) : new TagPattern(releaseTags);
                // The project folder itself is "." in messages (a repository's .git may also be above it).
                java.util.function.Function<Path, String> display = path ->
                        path.toAbsolutePath().normalize().equals(settings.projectDir()) ? "." : settings.display(path);
                return new BuildFacts(List.of(
                        new GitFacts(settings.projectDir(), tags, display),
                        new TestReportFacts(testReports, display),
                        new DependencyFacts(dependencies, licenses)),
                        finding -> warnings.accept(finding.toString()));
            }
        }
    }
}
