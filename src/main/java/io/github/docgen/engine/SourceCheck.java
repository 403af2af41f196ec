package io.github.docgen.engine;

import io.github.docgen.check.DocumentCheck;
import io.github.docgen.diagnostic.Finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileException;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataNode;
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
    private final Map<String, CompiledKind> kinds;
    private final DataFileReader reader;
    private final BuildMemo memo;
    /** What, beside a file's bytes and its kind, its findings depend on: a file checked under other settings is checked again. */
    private final String checksKey;
    private final DocumentCheck.DataFileLoader loader;
    private final AtomicInteger reused = new AtomicInteger();

    SourceCheck(RunSettings request, KindCatalog catalog, Map<String, CompiledKind> kinds, DataFileReader reader, BuildMemo memo,
                String checksKey) {
        this.request = request;
        this.catalog = catalog;
        this.kinds = kinds;
        this.reader = reader;
        this.memo = memo;
        this.checksKey = checksKey;
        this.loader = previousLoader();
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
        CompiledKind kind = kinds.get(document.kind().id());
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
    private DocumentCheck.DataFileLoader previousLoader() {
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
}
