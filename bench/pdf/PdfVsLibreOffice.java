import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.docgen.engine.Docgen;
import io.github.docgen.engine.ProgressListener;

/**
 * The PDF benchmark of bench/pdf.sh, run as a single source file on the plugin's class path, in a
 * fresh JVM as a build would be: N copies of the 2021 sample rendered to Word, then to PDF by the
 * plugin (the time the PDFs add to a build, fonts read included), then LibreOffice converting the
 * N Word documents to PDF in one process (`soffice --headless --convert-to pdf`).
 */
public class PdfVsLibreOffice {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int copies = Integer.parseInt(args[1]);
        String sample = Files.readString(Path.of("templates/gov-info-annual-2021/sample.yaml"), StandardCharsets.UTF_8);
        for (int i = 1; i <= copies; i++) {
            Path file = project.resolve(String.format("src/docgen/2021/report%02d.yaml", i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, sample.replace("agency: 玉潭镇人民政府", "agency: 玉潭镇人民政府" + i), StandardCharsets.UTF_8);
        }
        double docx = build(project, List.of("docx"));
        // The Word documents are up to date by now, so this build renders only the PDFs.
        double pdf = build(project, List.of("docx", "pdf"));
        double soffice = libreOffice(project, copies);
        System.out.printf("plugin, %d Word documents:                     %.2f s%n", copies, docx);
        System.out.printf("plugin, %d PDFs (what they add to a build):    %.2f s%n", copies, pdf);
        System.out.printf("LibreOffice, the %d Word documents to PDF:      %.2f s%n", copies, soffice);
        System.out.printf("LibreOffice / plugin PDFs:                      %.1fx%n", soffice / pdf);
    }

    private static double build(Path project, List<String> formats) throws Exception {
        long start = System.nanoTime();
        Docgen.builder().projectDirectory(project).project("org.example", "bench", "1.0", "bench", Map.of())
                .outputTimestamp("2026-01-01T00:00:00Z").formats(formats).build().generate(ProgressListener.NONE);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double libreOffice(Path project, int copies) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + project.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", project.resolve("target/libreoffice").toString()));
        try (Stream<Path> docx = Files.list(project.resolve("target/docgen/2021"))) {
            docx.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(p -> command.add(p.toString()));
        }
        if (command.size() - 7 != copies) {
            throw new IllegalStateException("expected " + copies + " Word documents");
        }
        // A first run creates LibreOffice's profile, as on a build machine that ran it before; not timed.
        new ProcessBuilder(List.of("soffice", "-env:UserInstallation=file://" + project.resolve("lo-profile"), "--headless", "--terminate_after_init"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("soffice failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
