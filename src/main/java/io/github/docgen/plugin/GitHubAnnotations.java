package io.github.docgen.plugin;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.docgen.diagnostic.Finding;

/**
 * Prints findings as GitHub Actions workflow commands
 * ({@code ::error file=src/docgen/2023/a.yaml,line=16,col=30,title=R2::…}), so that the runner
 * marks the wrong cell in the pull request's diff. Only on GitHub Actions ({@code GITHUB_ACTIONS=true}):
 * elsewhere the lines would be noise. The commands go to standard output as they are, because the
 * runner reads only lines that start with {@code ::}, and Maven's logger would put {@code [ERROR]}
 * in front.
 */
final class GitHubAnnotations {
    private final Path projectDir;
    private final Path workspace;
    private final PrintStream out;

    private GitHubAnnotations(Path projectDir, Path workspace, PrintStream out) {
        this.projectDir = projectDir;
        this.workspace = workspace;
        this.out = out;
    }

    /** Annotations for this environment, or none when the build does not run on GitHub Actions. */
    static GitHubAnnotations forEnvironment(Map<String, String> environment, Path projectDir, PrintStream out) {
        if (!"true".equals(environment.get("GITHUB_ACTIONS"))) {
            return null;
        }
        String workspace = environment.get("GITHUB_WORKSPACE");
        return new GitHubAnnotations(projectDir.toAbsolutePath().normalize(),
                workspace == null || workspace.isBlank() ? null : Path.of(workspace).toAbsolutePath().normalize(), out);
    }

    /**
     * Prints each finding not yet printed in this build: check and generate report the same
     * findings, and GitHub shows only the first few annotations of a step, so none is spent twice.
     */
    void print(List<Finding> findings, Set<String> printed) {
        for (Finding finding : findings) {
            String command = command(finding);
            if (printed.add(command)) {
                out.println(command);
            }
        }
        out.flush();
    }

    String command(Finding finding) {
        StringBuilder command = new StringBuilder("::").append(finding.isError() ? "error" : "warning");
        command.append(" file=").append(property(file(finding.position().file())));
        if (finding.position().line() > 0) {
            command.append(",line=").append(finding.position().line());
            if (finding.position().column() > 0) {
                command.append(",col=").append(finding.position().column());
            }
        }
        command.append(",title=").append(property(finding.rule()));
        return command.append("::").append(data(finding.message())).toString();
    }

    /**
     * GitHub places an annotation by its path in the repository; messages name files relative to
     * the project, which may be a folder of the repository.
     */
    private String file(String displayed) {
        Path file = projectDir.resolve(displayed).normalize();
        return workspace != null && file.startsWith(workspace) ? workspace.relativize(file).toString().replace(java.io.File.separatorChar, '/') : displayed;
    }

    /** The runner's escaping of a command's message: a line break would end the command. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value also ends at a comma, and a colon would open the message. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
