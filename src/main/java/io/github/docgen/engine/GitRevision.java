package io.github.docgen.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a project folder is checked out at, read from {@code .git} directly: documents
 * carry it, and reading two small files is all it takes (no Git library, no git process).
 */
final class GitRevision {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitRevision() {
    }

    static Optional<String> of(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path git = d.resolve(".git");
            try {
                if (Files.isRegularFile(git)) { // a worktree or submodule: "gitdir: <path>"
                    String line = Files.readString(git, StandardCharsets.UTF_8).trim();
                    if (line.startsWith("gitdir:")) {
                        return head(d.resolve(line.substring(7).trim()).normalize());
                    }
                } else if (Files.isDirectory(git)) {
                    return head(git);
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> head(Path gitDir) throws IOException {
        Path headFile = gitDir.resolve("HEAD");
        if (!Files.isRegularFile(headFile)) {
            return Optional.empty();
        }
        String head = Files.readString(headFile, StandardCharsets.UTF_8).trim();
        if (!head.startsWith("ref:")) {
            return SHA.matcher(head).matches() ? Optional.of(head) : Optional.empty();
        }
        String ref = head.substring(4).trim();
        Path common = commonDir(gitDir);
        for (Path dir : new Path[] {gitDir, common}) {
            Path loose = dir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                String sha = Files.readString(loose, StandardCharsets.UTF_8).trim();
                return SHA.matcher(sha).matches() ? Optional.of(sha) : Optional.empty();
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref) && SHA.matcher(line.substring(0, line.indexOf(' '))).matches()) {
                    return Optional.of(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty(); // a branch with no commit yet
    }

    /** Worktrees keep shared refs in the folder named by {@code commondir}. */
    private static Path commonDir(Path gitDir) throws IOException {
        Path file = gitDir.resolve("commondir");
        return Files.isRegularFile(file) ? gitDir.resolve(Files.readString(file, StandardCharsets.UTF_8).trim()).normalize() : gitDir;
    }
}
