package io.github.docgen.engine;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import io.github.docgen.data.DataFileReader;
import io.github.docgen.diagnostic.SourcePosition;

/** Finds the data files under the source folder, skipping the user's kinds, in a stable order. */
final class SourceScanner {

    private SourceScanner() {
    }

    static List<Path> scan(GenerationRequest request) throws DocgenException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(request.sourceDir())) {
            return found;
        }
        try {
            Files.walkFileTree(request.sourceDir(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(request.sourceDir()) && dir.getFileName().toString().startsWith(".");
                    return dir.equals(request.kindsDir()) || hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && DataFileReader.isDataFile(file) && !file.getFileName().toString().startsWith(".")) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(request.display(request.sourceDir())), "SOURCE",
                    "cannot list: " + e.getMessage()));
        }
        found.sort(null);
        return found;
    }
}
