package io.github.docgen.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What LibreOffice shows of a Word document, footnotes included: its own reading, not ours. The
 * document is laid out to PDF by LibreOffice and the pages' text read by pdftotext (poppler-utils);
 * .ci/run installs both.
 */
final class LibreOfficeText {

    private LibreOfficeText() {
    }

    static boolean installed() {
        return onPath("soffice") && onPath("pdftotext");
    }

    /** Lays {@code docx} out in {@code dir}, with a profile of its own (another soffice must not share it), and reads its pages. */
    static String of(byte[] docx, Path dir) throws Exception {
        Path input = dir.resolve("document.docx");
        Files.write(input, docx);
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "soffice finished in time");
        assertEquals(0, soffice.exitValue(), Files.readString(dir.resolve("soffice.log")));
        Process text = new ProcessBuilder("pdftotext", dir.resolve("document.pdf").toString(), "-").redirectErrorStream(true).start();
        String pages = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.waitFor(60, TimeUnit.SECONDS), "pdftotext finished in time");
        return pages;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
