package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import io.github.docgen.wordml.DocxEntries;

class ReleaseNotesKindDocxTemplateTest {

    @Test
    void committedWordTemplateIsWhatTheGeneratorWrites() throws IOException {
        assertEquals(DocxEntries.of(ReleaseNotesKindDocxTemplateGenerator.generate()),
                DocxEntries.of(Files.readAllBytes(ReleaseNotesKindDocxTemplateGenerator.TEMPLATE)),
                "templates/release-notes/notes.docx is stale: regenerate it with the command in README.md");
    }
}
