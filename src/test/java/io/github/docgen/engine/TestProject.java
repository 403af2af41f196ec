package io.github.docgen.engine;

import io.github.docgen.check.DocumentCheck;
import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;


/** A project folder on disk for engine tests: write files into it, then check or generate. */
public final class TestProject {
    public final Path dir;

    public TestProject(Path dir) {
        this.dir = dir;
    }

    public TestProject file(String path, String content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestProject file(String path, byte[] content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The façade for this project, as a build of {@code version} would describe it: no checks, a fixed build time, no commit. */
    public Docgen.Builder builder(String version) {
        return Docgen.builder()
                .projectDirectory(dir)
                .project("org.example", "reports", version, "Reports", Map.of("agency.code", "A1"))
                .buildTime(Instant.parse("2022-01-20T08:00:00Z"))
                .commit(null)
                .checks(List.of())
                .writeReports(false); // the reports are the façade's, tested in DocgenTest
    }

    public GenerationResult generate(List<DocumentCheck> checks) throws DocgenException {
        return builder("1.0").checks(checks).build().generate(ProgressListener.NONE);
    }

    public CheckResult check(List<DocumentCheck> checks) throws DocgenException {
        return builder("1.0").checks(checks).build().check().result();
    }

    public GenerationResult generate(List<DocumentCheck> checks, boolean failOnWarning) throws DocgenException {
        return builder("1.0").checks(checks).failOnWarning(failOnWarning).build().generate(ProgressListener.NONE);
    }

    public GenerationResult generate() throws DocgenException {
        return generate(List.of());
    }

    public Path output(String relativePath) {
        return dir.resolve("target/docgen").resolve(relativePath);
    }

    public String read(String relativePath) {
        try {
            return Files.readString(output(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under target/docgen, relative and '/'-separated: what a failed run must leave alone. */
    public List<String> outputs() {
        Path root = dir.resolve("target/docgen");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (var walk = Files.walk(root)) {
            // The lock file every build of the folder shares is not an output.
            return walk.filter(p -> !p.equals(root) && !p.getFileName().toString().equals(".docgen.lock")).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
