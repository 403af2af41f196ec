package io.github.docgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.govinfo.GovInfoFormat;

/** Where import writes, and when it writes nothing. */
class ReportImportTest {
    @TempDir
    Path dir;

    private ReportImport importer() {
        return new ReportImport(dir.resolve("src/docgen"), p -> dir.relativize(p).toString().replace('\\', '/'));
    }

    private Path published(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve("published").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static byte[] page() {
        return PublishedPages.cmsArticle(ReportShapes.of(GovInfoFormat.F2021, Reports.distinct2021(), false));
    }

    @Test
    void aFolderIsImportedUnderTheYearOfEachReport() throws Exception {
        published("a.html", page());
        published("b.docx", PublishedWordFile.of(ReportShapes.of(GovInfoFormat.F2019, Reports.sample2019(), false)));
        published("notes.txt", "not a report".getBytes(StandardCharsets.UTF_8));

        List<ReportImport.Written> written = importer().run(dir.resolve("published"), null, false);

        assertEquals(List.of(dir.resolve("src/docgen/2021/a.yaml"), dir.resolve("src/docgen/2019/b.yaml")),
                written.stream().map(ReportImport.Written::target).toList());
        assertTrue(Files.readString(dir.resolve("src/docgen/2021/a.yaml")).startsWith("# Imported by docgen:import from a.html"));
    }

    @Test
    void whenOneTargetExistsNothingIsWritten() throws Exception {
        published("a.html", page());
        published("b.html", page());
        Files.createDirectories(dir.resolve("src/docgen/2021"));
        Files.writeString(dir.resolve("src/docgen/2021/b.yaml"), "kept");

        DocgenException e = assertThrows(DocgenException.class, () -> importer().run(dir.resolve("published"), null, false));

        assertEquals("src/docgen/2021/b.yaml: IMPORT exists already; -Ddocgen.force=true overwrites it with the import of published/b.html",
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("src/docgen/2021/a.yaml")));
        assertEquals("kept", Files.readString(dir.resolve("src/docgen/2021/b.yaml")));
        importer().run(dir.resolve("published"), null, true);
        assertTrue(Files.readString(dir.resolve("src/docgen/2021/b.yaml")).contains("kind:"));
    }

    @Test
    void theSameSourceGivesTheSameBytes() throws Exception {
        Path source = published("a.html", page());
        importer().run(source, dir.resolve("one.yaml"), false);
        importer().run(source, dir.resolve("two.yaml"), false);
        assertEquals(Files.readString(dir.resolve("one.yaml")), Files.readString(dir.resolve("two.yaml")));
    }

    @Test
    void aFileThatIsNoReportSourceIsRefused() throws Exception {
        Path notes = published("notes.txt", "x".getBytes(StandardCharsets.UTF_8));
        DocgenException e = assertThrows(DocgenException.class, () -> importer().run(notes, null, false));
        assertEquals("published/notes.txt: IMPORT is not a report the importer reads: give an .htm, .html or .docx file, or a folder of them",
                e.getMessage());
    }
}
