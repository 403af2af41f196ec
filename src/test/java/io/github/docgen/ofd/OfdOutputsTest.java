package io.github.docgen.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.engine.GenerationResult;
import io.github.docgen.engine.ProgressListener;
import io.github.docgen.engine.TestProject;
import io.github.docgen.incremental.WrittenOutput;

/**
 * OFD files as outputs of a build: chosen alone or with the PDF by {@code -Ddocgen.formats}, named
 * {@code <base>-<version>.ofd}, listed in the manifest with their classifier, not rendered again
 * when nothing changed, zipped with the package's entries in a fixed order and stamped with the build time (TestProject: 2022-01-20T08:00Z).
 */
class OfdOutputsTest {
    @TempDir
    Path work;

    private TestProject sample() throws Exception {
        return new TestProject(work).file("src/docgen/2021/yutan.yaml",
                Files.readString(Path.of("templates/gov-info-annual-2021/sample.yaml"), StandardCharsets.UTF_8));
    }

    private static GenerationResult generate(TestProject project, String... formats) throws Exception {
        return project.builder("2021.1").formats(List.of(formats)).systemFonts(false).build()
                .generate(ProgressListener.NONE);
    }

    @Test
    void anOfdIsAnOutputLikeTheOthers() throws Exception {
        TestProject project = sample();
        GenerationResult result = generate(project, "ofd");
        assertEquals(List.of("2021/yutan-2021.1.ofd"), result.outputs().stream().map(WrittenOutput::relativePath).toList());
        assertFalse(Files.exists(project.output("2021/yutan-2021.1.pdf")), "the PDF lays the OFD out but is not written unless chosen");
        WrittenOutput ofd = result.outputs().get(0);
        assertEquals("ofd", ofd.format());
        assertEquals("2021-yutan", ofd.classifier());
        assertEquals(List.of(new io.github.docgen.engine.Attachment(ofd.file(), "ofd", "2021-yutan")), result.attachments(),
                "attached to the project with type ofd");
        String manifest = project.read("manifest.json");
        assertTrue(manifest.contains("\"2021/yutan-2021.1.ofd\""), manifest);

        GenerationResult again = generate(project, "ofd");
        assertEquals(0, again.changed(), "nothing changed, nothing rendered again");
    }

    @Test
    void thePackageIsZippedInAFixedOrderWithTheBuildTime() throws Exception {
        TestProject project = sample();
        generate(project, "ofd");
        try (ZipFile zip = new ZipFile(project.output("2021/yutan-2021.1.ofd").toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            assertEquals("OFD.xml", names.get(0));
            assertEquals("Doc_0/Document.xml", names.get(1));
            assertEquals("Doc_0/DocumentRes.xml", names.get(2));
            assertEquals("Doc_0/Pages/Page_0/Content.xml", names.get(3));
            assertTrue(names.get(names.size() - 1).matches("Doc_0/Res/font_\\d+\\.ttf"), names.toString());
            zip.stream().forEach(e -> assertEquals(java.time.LocalDateTime.of(2022, 1, 20, 8, 0), e.getTimeLocal(), e.getName()));
            String ofdXml = new String(zip.getInputStream(zip.getEntry("OFD.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(ofdXml.contains("<ofd:CreationDate>2022-01-20</ofd:CreationDate>"), ofdXml);
        }
    }
}
