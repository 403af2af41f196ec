package io.github.docgen.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;

/** On GitHub Actions every finding is also a workflow command, so the pull request shows it at its line. */
class GitHubAnnotationsTest {
    private static final Path PROJECT = Path.of("/home/runner/work/reports/reports").toAbsolutePath();
    private static final Finding R2 = Finding.error(new SourcePosition("src/docgen/2023/a.yaml", 16, 30), "R2",
            "三、（一）予以公开 · 总计: expected 897 (sum of the six applicant columns), found 896");
    private static final Finding R6 = Finding.warning(new SourcePosition("src/docgen/2023/a.yaml", 33, 18), "R6",
            "二、上年结转 · 自然人: expected 1, found 0");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anErrorIsAnErrorCommandAtItsFileLineAndColumnTitledWithItsRule() {
        GitHubAnnotations annotations = GitHubAnnotations.forEnvironment(Map.of("GITHUB_ACTIONS", "true"), PROJECT, out);
        annotations.print(List.of(R2, R6), new HashSet<>());
        assertEquals("::error file=src/docgen/2023/a.yaml,line=16,col=30,title=R2::" + R2.message() + "\n"
                + "::warning file=src/docgen/2023/a.yaml,line=33,col=18,title=R6::" + R6.message() + "\n", printed());
    }

    @Test
    void nothingIsPrintedOffGitHubActions() {
        assertNull(GitHubAnnotations.forEnvironment(Map.of(), PROJECT, out));
        assertNull(GitHubAnnotations.forEnvironment(Map.of("GITHUB_ACTIONS", "false", "CI", "true"), PROJECT, out));
    }

    @Test
    void theFileIsNamedFromTheRepositoryRootWhenTheProjectIsAFolderOfIt() {
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", PROJECT.getParent().toString());
        GitHubAnnotations annotations = GitHubAnnotations.forEnvironment(env, PROJECT, out);
        assertEquals("::error file=reports/src/docgen/2023/a.yaml,line=16,col=30,title=R2::" + R2.message(), annotations.command(R2));
    }

    @Test
    void aFindingAboutAWholeFileHasNoLine() {
        Finding kind = Finding.error(SourcePosition.ofFile("src/docgen/b.json"), "KIND", "unknown kind 'x'");
        GitHubAnnotations annotations = GitHubAnnotations.forEnvironment(Map.of("GITHUB_ACTIONS", "true"), PROJECT, out);
        assertEquals("::error file=src/docgen/b.json,title=KIND::unknown kind 'x'", annotations.command(kind));
    }

    @Test
    void lineBreaksPercentSignsAndPropertySeparatorsAreEscapedAsTheRunnerExpects() {
        Finding odd = Finding.error(new SourcePosition("src/docgen/a,b:c.yaml", 2, 1), "DATA", "100% wrong\r\nsecond line");
        GitHubAnnotations annotations = GitHubAnnotations.forEnvironment(Map.of("GITHUB_ACTIONS", "true"), PROJECT, out);
        assertEquals("::error file=src/docgen/a%2Cb%3Ac.yaml,line=2,col=1,title=DATA::100%25 wrong%0D%0Asecond line",
                annotations.command(odd));
    }

    @Test
    void aFindingAlreadyAnnotatedInThisBuildIsNotAnnotatedAgain() {
        // check and generate both report the same findings; GitHub shows only the first ten errors of a step.
        Set<String> printed = new HashSet<>();
        GitHubAnnotations annotations = GitHubAnnotations.forEnvironment(Map.of("GITHUB_ACTIONS", "true"), PROJECT, out);
        annotations.print(List.of(R2), printed);
        annotations.print(List.of(R2, R6), printed);
        assertEquals(2, printed().lines().count());
    }
}
