package io.github.docgen.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import io.github.docgen.facts.BuildFacts;
import io.github.docgen.text.SlashedPath;

/**
 * Everything one run needs, fixed before it starts; made by {@link Docgen.Builder}.
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
 * @param facts          the build's facts templates may use ({@code git}, {@code tests}, {@code dependencies})
 * @param formats        the output extensions to make, lower case ({@code -Ddocgen.formats}); empty: every format of each kind
 */
record RunSettings(Path projectDir, Path sourceDir, Path kindsDir, Path outputDir, ProjectInfo project, Instant buildTime,
                   boolean buildTimeFixed, boolean force, String toolVersion, boolean failOnWarning, BuildFacts facts,
                   Set<String> formats) {

    RunSettings {
        formats = Set.copyOf(formats);
        projectDir = projectDir.toAbsolutePath().normalize();
        sourceDir = projectDir.resolve(sourceDir).normalize();
        kindsDir = projectDir.resolve(kindsDir).normalize();
        outputDir = projectDir.resolve(outputDir).normalize();
    }

    /** Every input of the run that is not a file, one per line, for the documents' fingerprints. */
    String runInputs() {
        StringBuilder run = new StringBuilder()
                .append("tool=").append(toolVersion).append('\n')
                .append("project=").append(project.groupId()).append(':').append(project.artifactId()).append(':')
                .append(project.version()).append(':').append(project.name()).append(':').append(project.commit()).append('\n')
                .append("buildTime=").append(buildTimeFixed ? buildTime : "clock").append('\n');
        new java.util.TreeMap<>(project.properties()).forEach((k, v) -> run.append("property.").append(k).append('=').append(v).append('\n'));
        return run.toString();
    }

    /** The same settings with the build's facts. */
    RunSettings withFacts(BuildFacts facts) {
        return new RunSettings(projectDir, sourceDir, kindsDir, outputDir, project, buildTime, buildTimeFixed, force, toolVersion,
                failOnWarning, facts, formats);
    }

    /** A path as messages show it: relative to the project, '/'-separated. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(projectDir) ? SlashedPath.of(projectDir.relativize(abs)) : abs.toString();
    }
}
