package io.github.docgen.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The published reports committed for the integration tests and the example are those {@link ImportCorpus} makes. */
class ImportCorpusTest {
    @Test
    void committedReportsAreUpToDate() throws Exception {
        for (Map.Entry<String, byte[]> file : ImportCorpus.files().entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(Path.of(file.getKey())),
                    file.getKey() + " is stale: regenerate it with ImportCorpus (see its comment)");
        }
    }
}
