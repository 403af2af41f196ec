package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.Docgen;
import io.github.docgen.engine.GenerationResult;
import io.github.docgen.engine.ProgressListener;
import io.github.docgen.facts.BuildFacts;
import io.github.docgen.facts.FactSource;
import io.github.docgen.facts.GitHistory;
import io.github.docgen.engine.ResolvedDependency;

/**
 * The built-in release-notes kind through the engine: a project whose only data file is
 * {@code kind: release-notes} gets notes of the commits since its last release tag, grouped, and of
 * its tests, in HTML and Word; the facts reach the engine through {@link Docgen.Builder#facts}.
 */
class ReleaseNotesKindTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private int dependencyReads;

    @Test
    void onlyTheCommitsAfterTheTagGroupedAndTheTestsInBothFormats() throws Exception {
        history();
        surefireReport("com.example.GreeterTest", 3, 1);
        write("src/docgen/release.yaml", "kind: release-notes\nintro: Greetings & more.\n");

        generate("1.1.0-SNAPSHOT");

        Document html = Jsoup.parse(read("release-1.1.0-SNAPSHOT.html"));
        assertEquals("Greeter 1.1.0", html.selectFirst("h1").text());
        assertEquals("Release notes, 2026-01-05 DRAFT", html.selectFirst(".subtitle").text());
        assertEquals("Greetings & more.", html.selectFirst(".intro").text());
        assertEquals("Changes since v1.0.0: 4 commit(s).", html.selectFirst(".range").text());
        assertEquals(List.of("greet() returns the text"), items(html, "breaking"));
        assertEquals(List.of("cli: greet several names"), items(html, "features"));
        assertEquals(List.of("trim the name"), items(html, "fixes"));
        assertEquals(List.of("docs: usage"), items(html, "other"));
        assertEquals("callers print it", html.selectFirst("ul.breaking .note").text());
        assertEquals("3 tests run: 2 passed, 0 failed, 0 with errors, 1 skipped.", html.selectFirst(".tests").text());
        assertEquals("com.example.GreeterTest 3 0 0 1", html.selectFirst("table.suites tbody tr").text());
        assertTrue(html.select("h2").eachText().stream().noneMatch("Dependencies"::equals));
        assertEquals(1, dependencyReads, "read once for both formats (the kind's templates name dependencies, so they are read)");

        List<String> word = paragraphs(dir.resolve("target/docgen/release-1.1.0-SNAPSHOT.docx"));
        assertEquals(List.of("Greeter 1.1.0", "Release notes, 2026-01-05 DRAFT", "Greetings & more.",
                "Changes since v1.0.0: 4 commit(s).", "Breaking changes"), word.subList(0, 5));
        assertTrue(word.get(5).startsWith("greet() returns the text "), word.get(5));
        assertEquals("callers print it", word.get(6));
        assertEquals("Features", word.get(7));
        assertTrue(word.get(8).startsWith("cli: greet several names "), word.get(8));
        assertTrue(word.contains("3 tests run: 2 passed, 0 failed, 0 with errors, 1 skipped."), word.toString());
        String table = WordprocessingMLPackage.load(dir.resolve("target/docgen/release-1.1.0-SNAPSHOT.docx").toFile())
                .getMainDocumentPart().getXML();
        assertTrue(table.contains(">com.example.GreeterTest<"), "the suite's row of the table");
        assertEquals(List.of(), warnings);
    }

    @Test
    void dependenciesAreListedWhenTheDataAsksForThem() throws Exception {
        history();
        write("src/docgen/release.yaml", "kind: release-notes\nshowDependencies: true\n");

        generate("1.1.0");

        Document html = Jsoup.parse(read("release-1.1.0.html"));
        assertEquals("org.junit.jupiter:junit-jupiter-api 5.11.4 test Eclipse Public License v2.0",
                html.selectFirst("table.dependencies tbody tr").text());
        assertEquals("No test reports were found for this build.", html.selectFirst(".tests").text());
        assertEquals(1, warnings.size(), "no test report: " + warnings);
    }

    @Test
    void aKindThatDoesNotUseTheFactsNeverReadsThem() throws Exception {
        write("src/docgen/kinds/memo/memo.ftlh", "<p>${title} for ${project.version}; all tests passed</p>");
        write("src/docgen/memo.yaml", "kind: memo\ntitle: Memo\n");
        List<String> read = new ArrayList<>();
        FactSource watched = new FactSource() {
            @Override
            public String name() {
                return "git";
            }

            @Override
            public Object read(Consumer<Finding> warn) {
                read.add("git");
                return Map.of();
            }
        };
        Docgen.builder().projectDirectory(dir).project("org.example", "memo", "1.0", "Memo", Map.of())
                .outputTimestamp("2026-01-01T00:00:00Z").facts(new BuildFacts(List.of(watched), warning -> warnings.add(warning.toString())))
                .build().generate(ProgressListener.NONE);
        assertEquals("<p>Memo for 1.0; all tests passed</p>", read("memo-1.0.html"));
        assertEquals(List.of(), read);
    }

    @Test
    void aNewTagRendersTheNotesAgainAndNothingElse() throws Exception {
        try (GitHistory history = new GitHistory(dir)) {
            history.commit("feat: one");
            history.tag("v1.0.0");
            history.commit("fix: two");
            write("src/docgen/release.yaml", "kind: release-notes\n");
            write("src/docgen/kinds/memo/memo.ftlh", "<p>${title}</p>");
            write("src/docgen/memo.yaml", "kind: memo\ntitle: Memo\n");

            assertEquals(3, generate("1.1.0").rendered(), "the notes in two formats, the memo");
            assertEquals(0, generate("1.1.0").rendered(), "same history, same tests: up to date");
            history.tag("v1.1.0"); // the same commit: only what the facts say changed
            GenerationResult third = generate("1.1.0");
            assertEquals(2, third.rendered(), "the notes in both formats again, the memo not");
            assertTrue(read("release-1.1.0.html").contains("Changes since v1.0.0 up to v1.1.0: 1 commit(s)."));
        }
    }

    private GenerationResult generate(String version) throws Exception {
        // The facts as the generate goal wires them: the project's repository, its test reports, a dependency source.
        return Docgen.builder().projectDirectory(dir).project("org.example", "greeter", version, "Greeter", Map.of())
                .outputTimestamp("2026-11-20T00:00:00Z")
                .projectFacts("", List.of(dir.resolve("target/surefire-reports")), licenses -> {
                    dependencyReads++;
                    return List.of(new ResolvedDependency("org.junit.jupiter", "junit-jupiter-api", "5.11.4", "jar", "", "test", false, true,
                            List.of(new ResolvedDependency.License("Eclipse Public License v2.0", null))));
                }, true)
                .warnings(warning -> warnings.add(warning))
                .build().generate(ProgressListener.NONE);
    }

    private void history() throws Exception {
        try (GitHistory history = new GitHistory(dir)) {
            history.commit("feat: greet by name");
            history.tag("v1.0.0");
            history.commit("feat(cli): greet several names");
            history.commit("fix: trim the name");
            history.commit("docs: usage");
            history.commit("feat!: greet() returns the text\n\nBREAKING CHANGE: callers print it");
        }
    }

    private void surefireReport(String suite, int tests, int skipped) throws Exception {
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < tests; i++) {
            cases.append("  <testcase name=\"t").append(i).append("\" classname=\"").append(suite).append("\" time=\"0.01\"")
                    .append(i < skipped ? "><skipped/></testcase>\n" : "/>\n");
        }
        write("target/surefire-reports/TEST-" + suite + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + suite
                + "\" time=\"0.03\" tests=\"" + tests + "\" errors=\"0\" skipped=\"" + skipped + "\" failures=\"0\">\n" + cases + "</testsuite>\n");
    }

    private void write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String read(String output) throws Exception {
        return Files.readString(dir.resolve("target/docgen").resolve(output), StandardCharsets.UTF_8);
    }

    /** The items of one group, without the commit hash each ends with. */
    private static List<String> items(Document html, String group) {
        return html.select("ul." + group + " > li").stream().map(li -> li.clone()).map(li -> {
            li.select(".hash, .note, br").remove();
            return li.text();
        }).toList();
    }

    private static List<String> paragraphs(Path docx) throws Exception {
        WordprocessingMLPackage document = WordprocessingMLPackage.load(docx.toFile());
        return document.getMainDocumentPart().getContent().stream().filter(P.class::isInstance).map(p -> {
            ClassFinder texts = new ClassFinder(Text.class);
            new TraversalUtil(p, texts);
            StringBuilder text = new StringBuilder();
            texts.results.forEach(t -> text.append(((Text) t).getValue()));
            return text.toString();
        }).filter(text -> !text.isEmpty()).toList();
    }
}
