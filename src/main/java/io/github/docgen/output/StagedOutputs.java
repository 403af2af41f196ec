package io.github.docgen.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Writes every output of a run into a staging folder next to the outputs, and moves them into
 * place only when all rendered (safe to stage from several threads). The move is all or nothing:
 * if one file cannot be moved, every file already moved is put back, so a failure leaves the
 * previous outputs (and their manifest) as they were and no temp file behind. An output whose
 * bytes did not change is not rewritten, so its time stamp stays. The output folder is locked from
 * the start of staging until the end, so two builds of one project never write at once.
 */
public final class StagedOutputs implements AutoCloseable {
    private static final String STAGING_PREFIX = ".docgen-staging-";
    /** Inside the staging folder: the previous outputs a commit replaced or removed, until it succeeds. */
    private static final String REPLACED = ".replaced";
    private final Path outputDir;
    private final OutputLock lock;
    private final Path staging;
    private final List<String> staged = new ArrayList<>();
    /** Folders already made: a batch puts hundreds of documents in each, and each mkdir is a system call. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /** {@code waiting}: told when another build holds the output folder and this one waits for it. */
    public StagedOutputs(Path outputDir, Consumer<String> waiting) throws IOException {
        this.outputDir = outputDir;
        Files.createDirectories(outputDir);
        this.lock = OutputLock.acquire(outputDir, waiting);
        try {
            removeLeftovers(outputDir);
            this.staging = Files.createTempDirectory(outputDir, STAGING_PREFIX);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public StagedOutputs(Path outputDir) throws IOException {
        this(outputDir, message -> { });
    }

    /** The lock file every build of the folder shares; it stays in the folder. */
    public static String lockFileName() {
        return OutputLock.FILE_NAME;
    }

    /**
     * A build killed mid-render leaves its staging folder; the next build clears it away. Only
     * folders of dead builds are found here: a live build holds the lock as long as its staging folder exists.
     */
    private static void removeLeftovers(Path outputDir) throws IOException {
        try (var entries = Files.list(outputDir)) {
            for (Path leftover : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                deleteTree(leftover);
            }
        }
    }

    /** A stream to write one output to; the caller closes it. */
    public OutputStream open(String relativePath) throws IOException {
        Path file = staging.resolve(relativePath);
        createFolder(file.getParent());
        synchronized (staged) { // workers stage their documents at the same time
            staged.add(relativePath);
        }
        return new BufferedOutputStream(Files.newOutputStream(file), 16 * 1024); // renderers write zip headers and markup in small pieces
    }

    /**
     * Moves every staged output into place and removes {@code stale} outputs (paths under the
     * output folder); returns the outputs whose bytes changed. A top-level folder the output folder
     * does not have yet (a first build) is moved whole, in one rename instead of one per document.
     * If any step fails, every step before it is undone and the exception says what happened.
     */
    public List<Path> commit(List<String> stale) throws IOException {
        List<String> all;
        synchronized (staged) {
            all = new ArrayList<>(staged);
        }
        Journal journal = new Journal();
        try {
            List<Path> changed = moveIntoPlace(all, journal);
            for (String path : stale) {
                Path file = outputDir.resolve(path);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    journal.setAside(file, staging.resolve(REPLACED).resolve(path));
                }
            }
            return changed;
        } catch (IOException e) {
            List<String> notRestored = journal.undo();
            String undone = notRestored.isEmpty()
                    ? "every output moved before it was put back: the previous documents are as they were"
                    : "these could not be put back as they were: " + String.join(", ", notRestored);
            throw new IOException(e.getMessage() + " (" + e.getClass().getSimpleName() + "); " + journal.size() + " step(s) undone, "
                    + undone, e);
        }
    }

    private List<Path> moveIntoPlace(List<String> all, Journal journal) throws IOException {
        List<Path> changed = new ArrayList<>();
        Map<String, Boolean> movedWhole = new HashMap<>();
        for (String relativePath : all) {
            Path to = outputDir.resolve(relativePath);
            int slash = relativePath.indexOf('/');
            if (slash > 0) {
                String folder = relativePath.substring(0, slash);
                Boolean whole = movedWhole.get(folder);
                if (whole == null) {
                    whole = moveIfNew(folder, journal);
                    movedWhole.put(folder, whole);
                }
                if (whole) {
                    changed.add(to);
                    continue;
                }
            }
            Path from = staging.resolve(relativePath);
            if (Files.isRegularFile(to) && Files.mismatch(from, to) == -1) {
                continue;
            }
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                journal.setAside(to, staging.resolve(REPLACED).resolve(relativePath));
            }
            createFolder(to.getParent());
            journal.add(from, to);
            changed.add(to);
        }
        return changed;
    }

    /** Moves a staged top-level folder into place if the output folder has none of that name; true if it did. */
    private boolean moveIfNew(String folder, Journal journal) throws IOException {
        Path to = outputDir.resolve(folder);
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        journal.add(staging.resolve(folder), to);
        return true;
    }

    /** The moves a commit made, in order, so that a failed commit can take them back. */
    private final class Journal {
        private final List<Path[]> added = new ArrayList<>();
        private final List<Path[]> setAside = new ArrayList<>();

        /** Moves a staged file or folder into place. */
        void add(Path from, Path to) throws IOException {
            move(from, to);
            added.add(new Path[] {to});
        }

        /** Moves a previous output out of the way (into the staging folder, deleted with it on success). */
        void setAside(Path output, Path keep) throws IOException {
            createFolder(keep.getParent());
            move(output, keep);
            setAside.add(new Path[] {output, keep});
        }

        int size() {
            return added.size() + setAside.size();
        }

        /** Takes every move back, newest first; returns what could not be restored. */
        List<String> undo() {
            List<String> failed = new ArrayList<>();
            for (int i = added.size() - 1; i >= 0; i--) {
                Path to = added.get(i)[0];
                try {
                    deleteTree(to);
                } catch (IOException e) {
                    failed.add(outputDir.relativize(to) + " (new, not removed: " + e.getMessage() + ")");
                }
            }
            for (int i = setAside.size() - 1; i >= 0; i--) {
                Path output = setAside.get(i)[0];
                try {
                    move(setAside.get(i)[1], output);
                } catch (IOException e) {
                    failed.add(outputDir.relativize(output) + " (previous version kept in " + setAside.get(i)[1] + ": " + e.getMessage() + ")");
                }
            }
            return failed;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void createFolder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        } finally {
            lock.close();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
