package io.github.docgen.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.data.DataLimits;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.engine.ProgressListener;
import io.github.docgen.engine.TestProject;
import io.github.docgen.render.RenderLimits;

/** The template (T1–T4) and output (O1–O3) rows of the hostile-inputs checklist. */
class HostileTemplateTest {
    private static final String TEMPLATE = "src/docgen/kinds/memo/page.ftlh";

    @TempDir
    Path dir;

    private String rejected(String template, String data, RenderLimits limits) {
        TestProject project = new TestProject(dir).file(TEMPLATE, template).file("src/docgen/a.yaml", data);
        DocgenException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(DocgenException.class,
                () -> project.builder("1.0").renderLimits(limits).build().generate(ProgressListener.NONE)));
        assertEquals(List.of(), project.outputs(), "nothing is written");
        assertFalse(e.getMessage().contains("DEBUG mode"));
        return e.getMessage();
    }

    private String rejected(String template) {
        return rejected(template, "kind: memo\ntitle: T\n", RenderLimits.DEFAULT);
    }

    @Test
    void t1_templatesCannotReachJava() {
        assertTrue(rejected("<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>").startsWith(TEMPLATE + ":1:"));
        assertTrue(rejected("${title?api.getClass()}").startsWith(TEMPLATE + ":1:"));
        assertTrue(rejected("x\n${title?eval}").startsWith(TEMPLATE + ":2:"), "?eval on data: 'T' is not a variable");
        assertTrue(rejected("${title?interpret}").startsWith(TEMPLATE + ":1:"));
        assertTrue(rejected("${title.class.protectionDomain}").startsWith(TEMPLATE + ":1:"));
    }

    @Test
    void t2_includesStayInsideTheKind() throws Exception {
        assertTrue(rejected("[#include \"../../../../pom.xml\"]").contains(TEMPLATE + ":1:"));
        assertTrue(rejected("[#include \"/etc/passwd\"]").contains(TEMPLATE + ":1:"));
        Files.createDirectories(dir.resolve("src/docgen/kinds/memo"));
        Files.writeString(dir.resolve("outside.txt"), "secret");
        Files.createSymbolicLink(dir.resolve("src/docgen/kinds/memo/leak.ftl"), dir.resolve("outside.txt"));
        assertTrue(rejected("[#include \"leak.ftl\"]").contains("symbolic links are not allowed"));
    }

    @Test
    void t3_aMissingValueNamesTemplateLineAndColumn() {
        assertTrue(rejected("<p>\n\n  ${missing.value}</p>").startsWith(TEMPLATE + ":3:5: TEMPLATE"));
    }

    @Test
    void t4_runawayTemplatesAreStopped() {
        RenderLimits tight = new RenderLimits(1_000_000, 2_000);
        assertTrue(rejected("[#list 1..999999999 as i]${i}[/#list]", "kind: memo\n", tight).contains("LIMIT"));
        assertTrue(rejected("[#list 1..999999999 as i][#assign x = i][/#list]", "kind: memo\n", tight).contains("time limit"),
                "a loop that writes nothing is stopped by the time limit");
        assertTrue(rejected("[#assign s = 'xx'][#list 1..40 as i][#assign s = s + s]${s}[/#list]", "kind: memo\n", tight)
                .contains("LIMIT"));
    }

    @Test
    void o1_badOutputNamesAreRefusedBeforeAnythingIsWritten() {
        // Outputs always carry "-<version>.", so a source can never make a bare reserved name like CON.html.
        for (String name : List.of("a:b.yaml", "back\\slash.yaml", "x".repeat(240) + ".yaml")) {
            TestProject project = new TestProject(dir.resolve("p" + name.length() + name.charAt(1)))
                    .file(TEMPLATE, "<p>${title}</p>").file("src/docgen/ok.yaml", "kind: memo\ntitle: T\n");
            Path bad = project.dir.resolve("src/docgen").resolve(name);
            try {
                Files.writeString(bad, "kind: memo\ntitle: T\n");
            } catch (Exception e) {
                continue; // this file system cannot even hold the name
            }
            DocgenException e = assertThrows(DocgenException.class, project::generate, name);
            assertTrue(e.getMessage().contains("OUTPUT"), e.getMessage());
            assertEquals(List.of(), project.outputs(), name);
        }
    }

    @Test
    void o2_aFailureInTheSecondOfThreeDocumentsLeavesEarlierOutputsUntouched() throws Exception {
        TestProject project = new TestProject(dir).file(TEMPLATE, "<p>${title}</p>")
                .file("src/docgen/a.yaml", "kind: memo\ntitle: A\n")
                .file("src/docgen/b.yaml", "kind: memo\ntitle: B\n")
                .file("src/docgen/c.yaml", "kind: memo\ntitle: C\n");
        project.generate();
        List<String> before = project.outputs();
        String a = project.read("a-1.0.html");
        project.file("src/docgen/a.yaml", "kind: memo\ntitle: A2\n").file("src/docgen/b.yaml", "kind: memo\n");
        assertThrows(DocgenException.class, project::generate);
        assertEquals(before, project.outputs(), "no partial or temp files");
        assertEquals(a, project.read("a-1.0.html"), "the earlier output is untouched, though a.yaml rendered fine");
    }

    @Test
    void o3_scriptUrlsAreRefused() {
        String message = rejected("<p>\n<a href=\"${title}\">x</a></p>", "kind: memo\ntitle: 'javascript:alert(1)'\n", RenderLimits.DEFAULT);
        assertTrue(message.contains("UNSAFE-URL") && message.contains("output line 2"), message);
    }

    @Test
    void aBuildKilledMidwayLeavesNoStagingFolderForLong() throws Exception {
        TestProject project = new TestProject(dir).file(TEMPLATE, "<p>${title}</p>").file("src/docgen/a.yaml", "kind: memo\ntitle: A\n");
        project.generate();
        Path leftover = project.output(".docgen-staging-12345/a-1.0.html"); // what a killed build leaves
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "<p>half");
        project.generate();
        assertEquals(List.of("a-1.0.html", "manifest.json"), project.outputs());
        assertEquals("<p>A</p>", project.read("a-1.0.html"));
    }
}
