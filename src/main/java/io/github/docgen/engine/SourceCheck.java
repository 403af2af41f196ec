package io.github.docgen.engine;

import io.github.docgen.check.DocumentCheck;
import io.github.docgen.diagnostic.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileException;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataNode;
import io.github.docgen.data.RollUp;
import io.github.docgen.text.SlashedPath;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.kind.KindCatalog;
import io.github.docgen.kind.ReportKind;

/**
 * Reads one data file and runs every check on it. Runs on the workers, many files at once; what a
 * kind gets wrong itself (a broken schema.json) is left to {@link CheckLedger}, which sees the files
 * in order.
 */
final class SourceCheck {
    private final RunSettings request;
    private final KindCatalog catalog;
    private final java.util.function.Function<ReportKind, CompiledKind> kinds;
    private final DataFileReader reader;
    private final BuildMemo memo;
    /** What, beside a file's bytes and its kind, its findings depend on: a file checked under other settings is checked again. */
    private final String checksKey;
    private final DocumentCheck.DataFileLoader loader;
    private final RollUp rollUp;
    private final AtomicInteger reused = new AtomicInteger();
    /** Whether the files parsed are kept for a later goal of the build (the check goal's, for generate). */
    private final boolean keepParsed;

    SourceCheck(RunSettings request, KindCatalog catalog, java.util.function.Function<ReportKind, CompiledKind> kinds, DataFileReader reader, BuildMemo memo,
                String checksKey, boolean keepParsed) {
        this.request = request;
        this.keepParsed = keepParsed;
        this.catalog = catalog;
        this.kinds = kinds;
        this.reader = reader;
        this.memo = memo;
        this.checksKey = checksKey;
        this.loader = previousLoader();
        this.rollUp = new RollUp(reader, request.projectDir(), this::relative, request::display);
    }

    /** How many files were not checked again because an earlier goal of the build checked the same bytes. */
    int reused() {
        return reused.get();
    }

    /**
     * One data file read and checked.
     *
     * @param document the whole file and its kind, or null when it did not load or names no known kind
     * @param findings what reading it found, then what each check found, in the order of the checks
     */
    record Checked(Path source, LoadedDocument document, CompiledKind kind, List<Finding> findings) {
        /** The same without the file's values: what is kept of it once it is rendered. */
        Checked header() {
            return document == null ? this
                    : new Checked(source, new LoadedDocument(document.data().header(), document.kind(), source), kind, findings);
        }
    }

    Checked run(Path source) {
        List<Finding> findings = new ArrayList<>();
        LoadedDocument document = load(source, findings);
        if (document == null) {
            return new Checked(source, null, null, findings);
        }
        CompiledKind kind = kinds.apply(document.kind());
        String key = document.data().sha256() + '/' + kind.fingerprint() + '/' + checksKey;
        List<Finding> earlier = memo.findings(document.data().relativePath(), key);
        if (earlier != null) {
            reused.incrementAndGet();
            return new Checked(source, document, kind, earlier);
        }
        Finding reserved = DocumentModel.reservedKey(document);
        if (reserved != null) {
            findings.add(reserved);
        }
        findings.addAll(kind.check(document.data(), loader));
        memo.remember(document.data().relativePath(), key, findings);
        return new Checked(source, document, kind, findings);
    }

    private LoadedDocument load(Path source, List<Finding> findings) {
        String relative = SlashedPath.of(request.sourceDir().relativize(source));
        DataFile data;
        try {
            String display = request.display(source);
            byte[] bytes = reader.bytes(source, display);
            data = rollUp.expand(memo.parse(bytes, relative, checksKey, keepParsed, b -> reader.parse(b, relative, display)), source);
        } catch (DataFileException e) {
            findings.add(Finding.error(e.position(), "DATA", e.reason()));
            return null;
        }
        findings.addAll(data.warnings());
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

    /** A file's path under the source folder, or as messages name it when it is outside. */
    private String relative(Path file) {
        return file.startsWith(request.sourceDir()) ? SlashedPath.of(request.sourceDir().relativize(file)) : request.display(file);
    }

    /** Reads files named inside data files (such as last year's report), only from within the project. */
    private DocumentCheck.DataFileLoader previousLoader() {
        return (from, path) -> {
            // A file's display path is relative to the project (or absolute), wherever the file is.
            Path fromFile = request.projectDir().resolve(from.displayPath()).normalize();
            SourcePosition at = SourcePosition.ofFile(from.displayPath());
            Path target;
            try {
                target = fromFile.getParent().resolve(path).normalize();
            } catch (InvalidPathException e) {
                return failed(at, "'" + path + "' is not a path: " + e.getReason());
            }
            if (!target.startsWith(request.projectDir())) {
                return failed(at, "'" + path + "' points outside the project");
            }
            if (Files.isDirectory(target)) {
                return failed(at, "'" + path + "' is a folder, not a data file: name last year's data file" + dataFileIn(target, path));
            }
            if (!Files.isRegularFile(target)) {
                return failed(at, "'" + path + "' does not exist");
            }
            if (isSameFile(target, fromFile)) {
                return failed(at, "'" + path + "' is this file itself: name last year's data file");
            }
            if (!DataFileReader.isDataFile(target)) {
                return failed(at, "'" + path + "' is not a data file (.yaml, .yml or .json)");
            }
            try {
                return new DocumentCheck.LoadedOrFailed(rollUp.expand(reader.read(target, relative(target), request.display(target)), target), null);
            } catch (DataFileException e) {
                return failed(e.position(), e.reason());
            }
        };
    }

    /** ", such as ../2021/a.yaml" for a folder that holds data files, so the message shows the fix. */
    private static String dataFileIn(Path folder, String path) {
        try (var files = Files.list(folder)) {
            String prefix = path.endsWith("/") ? path : path + "/";
            return files.filter(f -> Files.isRegularFile(f) && DataFileReader.isDataFile(f)).map(f -> f.getFileName().toString())
                    .sorted().findFirst().map(name -> ", such as " + prefix + name).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static DocumentCheck.LoadedOrFailed failed(SourcePosition at, String reason) {
        return new DocumentCheck.LoadedOrFailed(null, Finding.error(at, "DATA", reason));
    }

    /** The same file, also when reached through a link or another spelling of its path. */
    private static boolean isSameFile(Path a, Path b) {
        try {
            return a.equals(b) || Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
