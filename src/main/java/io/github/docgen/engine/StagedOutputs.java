package io.github.docgen.engine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes every output of a run into a staging folder next to the outputs, and moves them into
 * place only when all rendered (safe to stage from several threads): a failure leaves the previous outputs as they were and no temp
 * file behind. An output whose bytes did not change is not rewritten, so its time stamp stays.
 */
final class StagedOutputs implements AutoCloseable {
    private static final String STAGING_PREFIX = ".docgen-staging-";
    private final Path outputDir;
    private final Path staging;
    private final List<String> staged = new ArrayList<>();
    /** Folders already made: a batch puts hundreds of documents in each, and each mkdir is a system call. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    StagedOutputs(Path outputDir) throws IOException {
        this.outputDir = outputDir;
        Files.createDirectories(outputDir);
        removeLeftovers(outputDir);
        this.staging = Files.createTempDirectory(outputDir, STAGING_PREFIX);
    }

    /** A build killed mid-render leaves its staging folder; the next build clears it away. */
    private static void removeLeftovers(Path outputDir) throws IOException {
        try (var entries = Files.list(outputDir)) {
            for (Path leftover : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                deleteTree(leftover);
            }
        }
    }

    /** A stream to write one output to; the caller closes it. */
    OutputStream open(String relativePath) throws IOException {
        Path file = staging.resolve(relativePath);
        createFolder(file.getParent());
        synchronized (staged) { // workers stage their documents at the same time
            staged.add(relativePath);
        }
        return new BufferedOutputStream(Files.newOutputStream(file), 16 * 1024); // renderers write zip headers and markup in small pieces
    }

    /**
     * Moves every staged output into place; returns the outputs whose bytes changed. A top-level
     * folder the output folder does not have yet (a first build) is moved whole, in one rename
     * instead of one per document.
     */
    List<Path> commit() throws IOException {
        List<Path> changed = new ArrayList<>();
        List<String> all;
        synchronized (staged) {
            all = new ArrayList<>(staged);
        }
        Map<String, Boolean> movedWhole = new HashMap<>();
        for (String relativePath : all) {
            Path to = outputDir.resolve(relativePath);
            int slash = relativePath.indexOf('/');
            if (slash > 0) {
                String folder = relativePath.substring(0, slash);
                Boolean whole = movedWhole.get(folder);
                if (whole == null) {
                    whole = moveIfNew(folder);
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
            createFolder(to.getParent());
            move(from, to);
            changed.add(to);
        }
        return changed;
    }

    /** Moves a staged top-level folder into place if the output folder has none of that name; true if it did. */
    private boolean moveIfNew(String folder) throws IOException {
        Path to = outputDir.resolve(folder);
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        move(staging.resolve(folder), to);
        return true;
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
        if (Files.exists(staging)) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) throws IOException {
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
