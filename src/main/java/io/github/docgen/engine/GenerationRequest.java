package io.github.docgen.engine;

import java.nio.file.Path;
import java.time.Instant;

import io.github.docgen.text.SlashedPath;

/**
 * Everything one run needs, fixed before it starts.
 *
 * @param projectDir     the folder messages name paths relative to
 * @param sourceDir      where data files are found ({@code src/docgen})
 * @param kindsDir       the user's own kinds ({@code src/docgen/kinds}); skipped when scanning data
 * @param outputDir      where documents go ({@code target/docgen})
 * @param project        what templates may know of the project
 * @param buildTime      the build time templates see
 * @param buildTimeFixed whether the build time was configured (then it counts as an input; a clock
 *                       reading does not, or no rebuild could ever be skipped)
 * @param force          render every document even when its inputs did not change
 * @param toolVersion    the plugin's version: a new plugin renders everything again
 * @param failOnWarning  whether a warning fails the run like an error (and so no document is written)
 */
public record GenerationRequest(Path projectDir, Path sourceDir, Path kindsDir, Path outputDir,
                                ProjectInfo project, Instant buildTime, boolean buildTimeFixed, boolean force,
                                String toolVersion, boolean failOnWarning) {

    public GenerationRequest {
        projectDir = projectDir.toAbsolutePath().normalize();
        sourceDir = projectDir.resolve(sourceDir).normalize();
        kindsDir = projectDir.resolve(kindsDir).normalize();
        outputDir = projectDir.resolve(outputDir).normalize();
    }

    /** A request with a fixed build time, not forced, in which warnings do not fail the run. */
    public GenerationRequest(Path projectDir, Path sourceDir, Path kindsDir, Path outputDir, ProjectInfo project, Instant buildTime) {
        this(projectDir, sourceDir, kindsDir, outputDir, project, buildTime, true, false, "dev", false);
    }

    /** A request in which warnings do not fail the run. */
    public GenerationRequest(Path projectDir, Path sourceDir, Path kindsDir, Path outputDir, ProjectInfo project, Instant buildTime,
                             boolean buildTimeFixed, boolean force, String toolVersion) {
        this(projectDir, sourceDir, kindsDir, outputDir, project, buildTime, buildTimeFixed, force, toolVersion, false);
    }

    public GenerationRequest withFailOnWarning(boolean fail) {
        return new GenerationRequest(projectDir, sourceDir, kindsDir, outputDir, project, buildTime, buildTimeFixed, force,
                toolVersion, fail);
    }

    /** A path as messages show it: relative to the project, '/'-separated. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(projectDir) ? SlashedPath.of(projectDir.relativize(abs)) : abs.toString();
    }
}
