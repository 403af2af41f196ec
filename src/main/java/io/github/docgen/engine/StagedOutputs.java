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
import java.util.ArrayList;
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

    /** Moves every staged output into place; returns the outputs whose bytes changed. */
    List<Path> commit() throws IOException {
        List<Path> changed = new ArrayList<>();
        List<String> all;
        synchronized (staged) {
            all = new ArrayList<>(staged);
        }
        for (String relativePath : all) {
            Path from = staging.resolve(relativePath);
            Path to = outputDir.resolve(relativePath);
            if (Files.isRegularFile(to) && Files.mismatch(from, to) == -1) {
                continue;
            }
            createFolder(to.getParent());
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
            changed.add(to);
        }
        return changed;
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
