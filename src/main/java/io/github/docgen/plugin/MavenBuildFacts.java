package io.github.docgen.plugin;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectDependenciesResolver;

import io.github.docgen.facts.BuildFacts;
import io.github.docgen.facts.DependencyFacts;
import io.github.docgen.facts.GitFacts;
import io.github.docgen.facts.TagPattern;
import io.github.docgen.facts.TestReportFacts;

/**
 * The facts of a Maven build that templates may use ({@code git}, {@code tests}, {@code dependencies}),
 * wired from the goal's parameters. Nothing is read here: each fact is read when a kind's templates use it.
 */
final class MavenBuildFacts {
    private MavenBuildFacts() {
    }

    /**
     * @param tagPattern  the release tags ({@code docgen.git.tagPattern}); blank: versions, see {@link TagPattern#versionsOf}
     * @param testReports the folders of the XML test reports
     * @param licenses    read each dependency's licences from its POM
     */
    static BuildFacts of(MavenProject project, MavenSession session, ProjectDependenciesResolver resolver, ProjectBuilder projectBuilder,
                         String tagPattern, List<File> testReports, boolean licenses, Log log) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        TagPattern releases = tagPattern == null || tagPattern.isBlank() ? TagPattern.versionsOf(project.getArtifactId()) : new TagPattern(tagPattern);
        return new BuildFacts(List.of(
                new GitFacts(base, releases, path -> display(base, path)),
                new TestReportFacts(testReports.stream().map(File::toPath).toList(), path -> display(base, path)),
                new DependencyFacts(new MavenDependencies(project, session, resolver, projectBuilder), licenses)),
                finding -> log.warn(finding.toString()));
    }

    /** A path as messages show it: relative to the project when inside it, else absolute (a repository's .git above it). */
    private static String display(Path base, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (abs.equals(base)) {
            return ".";
        }
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
