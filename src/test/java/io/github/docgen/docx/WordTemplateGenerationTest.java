package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.engine.TestProject;

/** A project's own kind with a Word template, through the whole engine: data file in, .docx out. */
class WordTemplateGenerationTest {

    @Test
    void aUserKindWithAWordTemplateRendersEachDataFile(@TempDir Path dir) throws Exception {
        TestProject project = new TestProject(dir)
                .file("src/docgen/kinds/notice/notice.docx", DocxFixture.body(p(r("${ti"), r("tle} (${project.version})"))).zip())
                .file("src/docgen/2024/a.yaml", "kind: notice\ntitle: First\n")
                .file("src/docgen/2024/b.yaml", "kind: notice\ntitle: Second\n");

        project.generate();

        assertEquals(List.of("2024", "2024/a-1.0.docx", "2024/b-1.0.docx", "manifest.json"), project.outputs());
        assertEquals(List.of("First (1.0)"), new RenderedDocx(Files.readAllBytes(project.output("2024/a-1.0.docx"))).bodyParagraphs());
        assertEquals(List.of("Second (1.0)"), new RenderedDocx(Files.readAllBytes(project.output("2024/b-1.0.docx"))).bodyParagraphs());
    }

    @Test
    void aMisplacedDirectiveFailsTheRunAndWritesNothing(@TempDir Path dir) {
        TestProject project = new TestProject(dir)
                .file("src/docgen/kinds/notice/notice.docx", DocxFixture.body(p(r("Dear [#if formal]Sir")), p(r("[/#if]"))).zip())
                .file("src/docgen/2024/a.yaml", "kind: notice\nformal: true\n");

        DocgenException e = assertThrows(DocgenException.class, project::generate);

        assertEquals("src/docgen/kinds/notice/notice.docx: TEMPLATE word/document.xml paragraph 1: [#if] opened here is closed"
                + " in another paragraph (paragraph 2); a block that spans paragraphs needs each of its directives alone in its own"
                + " paragraph: \"Dear [#if formal]Sir\"", e.getMessage());
        assertEquals(List.of(), project.outputs());
    }
}
