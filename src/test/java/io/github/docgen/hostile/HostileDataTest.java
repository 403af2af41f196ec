package io.github.docgen.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.engine.TestProject;

/**
 * The data rows of ../shared/spec/hostile-inputs.md, each through the whole engine: the run
 * fails, the message names the file and where in it, and nothing is written — not even a
 * staging folder — within a bounded time.
 */
class HostileDataTest {
    private static final String FILE = "src/docgen/2021/a.yaml";

    @TempDir
    Path dir;
    TestProject project;

    @BeforeEach
    void kind() {
        project = new TestProject(dir).file("src/docgen/kinds/memo/page.ftlh", "<p>${title!}</p>");
    }

    private int attempt;

    /** Each hostile file goes into a fresh project, so one case's file cannot add to another's findings. */
    private String rejected(String path, byte[] content) {
        project = new TestProject(dir.resolve("case" + ++attempt)).file("src/docgen/kinds/memo/page.ftlh", "<p>${title!}</p>");
        project.file(path, content);
        DocgenException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DocgenException.class, project::generate));
        assertEquals(List.of(), project.outputs(), "nothing is written");
        assertEquals(1, e.findings().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path + ":"), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    private String rejected(String yaml) {
        return rejected(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void d1_billionLaughsStopsAtTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("kind: memo\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        assertTrue(rejected(yaml.toString()).contains("alias"));
    }

    @Test
    void d2_deepNestingStopsAtTheDepthLimit() {
        assertTrue(rejected("kind: memo\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n").contains(":2:"));
        String json = "{\"kind\": \"memo\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertTrue(rejected("src/docgen/b.json", json.getBytes(StandardCharsets.UTF_8)).contains("depth"));
    }

    @Test
    void d3_globalTagsNeverInstantiateAClass() {
        assertTrue(rejected("kind: memo\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n")
                .contains("tag"));
        assertTrue(rejected("kind: memo\nx: !!java.io.File /etc/passwd\n").contains(FILE + ":2:4:"));
    }

    @Test
    void d4_duplicateKeysCiteBothLines() {
        assertTrue(rejected("kind: memo\ntitle: a\ntitle: b\n").contains(":3:1: DATA duplicate key 'title' (first defined at line 2)"));
        assertTrue(rejected("kind: memo\nx:\n  y: 1\n  y: 2\n").contains(":4:3:"));
        assertTrue(rejected("src/docgen/b.json", "{\"kind\": \"memo\",\n\"kind\": \"memo\"}".getBytes(StandardCharsets.UTF_8))
                .contains("b.json:2:"));
    }

    @Test
    void d5_mergeKeysAreRefusedAndAliasesResolve() throws Exception {
        assertTrue(rejected("kind: memo\nbase: &b {title: x}\nother:\n  <<: *b\n").contains("merge keys"));
        project.file(FILE, "kind: memo\nt: &t Aliased\ntitle: *t\n").generate();
        assertEquals("<p>Aliased</p>", project.read("2021/a-1.0.html"));
    }

    @Test
    void d7_d8_oversizedFilesAndNumbersAreRefused() {
        byte[] big = ("kind: memo\ntitle: '" + "x".repeat(5 * 1024 * 1024) + "'\n").getBytes(StandardCharsets.UTF_8);
        assertTrue(rejected(FILE, big).contains("larger than the limit"));
        assertTrue(rejected("kind: memo\nn: " + "1".repeat(2000) + "\n").contains("digits"));
    }

    @Test
    void d9_encodingErrorsNameTheByteOffset() {
        byte[] bad = "kind: memo\ntitle: \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(rejected(FILE, bad).contains(FILE + ":2:8: DATA invalid UTF-8 at byte offset 18"));
        assertTrue(rejected(FILE, "kind: memo\n".getBytes(StandardCharsets.UTF_16LE)).contains("NUL"));
    }

    @Test
    void d10_templateSyntaxInDataIsPrintedLiterally() throws Exception {
        project.file(FILE, "kind: memo\ntitle: '${7*7} <#assign x=1> [#include \"/etc/passwd\"] [=x]'\n").generate();
        assertEquals("<p>${7*7} &lt;#assign x=1&gt; [#include &quot;/etc/passwd&quot;] [=x]</p>", project.read("2021/a-1.0.html"));
    }

    @Test
    void d11_charactersXmlForbidsBecomeTheReplacementCharacter() throws Exception {
        project.file(FILE, "kind: memo\ntitle: \"a\\0b\\x01c\\vd\\uFFFEe\"\n").generate();
        assertEquals("<p>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe</p>", project.read("2021/a-1.0.html"));
        project.file("src/docgen/2021/b.json", "{\"kind\": \"memo\", \"title\": \"x\\ud800y\\u0000\"}")
                .generate();
        assertEquals("<p>x\uFFFDy\uFFFD</p>", project.read("2021/b-1.0.html"), "a lone surrogate from JSON too");
    }

    @Test
    void d12_markupInDataIsEscaped() throws Exception {
        project.file(FILE, "kind: memo\ntitle: \"]]> & <w:t> \\\" ' </p><script>alert(1)</script>\"\n").generate();
        assertEquals("<p>]]&gt; &amp; &lt;w:t&gt; &quot; &#39; &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>",
                project.read("2021/a-1.0.html"));
    }
}
