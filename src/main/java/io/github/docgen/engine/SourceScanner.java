package io.github.docgen.engine;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.docgen.data.DataFileReader;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;

/**
 * Finds the data files under the source folder, skipping the user's kinds, in a stable order.
 * Symbolic links are followed: the source folder itself may be one (reports kept in another
 * checkout), and a link inside it may point anywhere within the project or the source folder. A
 * link that points elsewhere, dangles or makes a loop is skipped with a warning naming it.
 */
final class SourceScanner {

    /** The data files found, and a warning for each link that was refused. */
    record Scan(List<Path> files, List<Finding> refusedLinks) {
    }

    private SourceScanner() {
    }

    static Scan scan(RunSettings settings) throws DocgenException {
        List<Path> found = new ArrayList<>();
        List<Finding> refused = new ArrayList<>();
        Path root = settings.sourceDir();
        if (!Files.isDirectory(root)) {
            return new Scan(found, refused);
        }
        try {
            List<Path> allowed = List.of(settings.projectDir().toRealPath(), root.toRealPath());
            Files.walkFileTree(root, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    if (dir.equals(settings.kindsDir()) || hidden) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return outside(dir, allowed, settings, refused) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isSymbolicLink()) { // a link the walk could not follow: its target is gone
                        refused.add(refusedLink(settings, file, "points to '" + Files.readSymbolicLink(file) + "', which does not exist"));
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile() && DataFileReader.isDataFile(file) && !file.getFileName().toString().startsWith(".")
                            && !outside(file, allowed, settings, refused)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        refused.add(refusedLink(settings, file, "makes a loop (it points to a folder that holds it)"));
                    } else if (e instanceof NoSuchFileException && Files.isSymbolicLink(file)) {
                        refused.add(refusedLink(settings, file, "points to '" + Files.readSymbolicLink(file) + "', which does not exist"));
                    } else {
                        throw e;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(settings.display(root)), "SOURCE",
                    "cannot list: " + e.getMessage()));
        }
        found.sort(null);
        return new Scan(found, refused);
    }

    /** Whether a symbolic link's target lies outside the project and the source folder (then it is refused, with a warning). */
    private static boolean outside(Path path, List<Path> allowed, RunSettings settings, List<Finding> refused) throws IOException {
        if (!Files.isSymbolicLink(path)) {
            return false;
        }
        Path real = path.toRealPath();
        if (allowed.stream().anyMatch(real::startsWith)) {
            return false;
        }
        refused.add(refusedLink(settings, path, "points outside the project, to " + real));
        return true;
    }

    private static Finding refusedLink(RunSettings settings, Path link, String why) {
        return Finding.warning(SourcePosition.ofFile(settings.display(link)), "SOURCE", "symbolic link skipped: it " + why);
    }
}
