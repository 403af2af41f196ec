import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.docgen.engine.Docgen;
import io.github.docgen.engine.ProgressListener;

/**
 * The OFD benchmark of bench/ofd.sh, run as a single source file on the plugin's class path: N copies
 * of the 2021 sample rendered as PDF alone, as OFD alone and as both, each build into a fresh
 * project, after one untimed warm-up build of both formats (fonts read, JIT under way) so that
 * the order of the timed builds does not favour the later ones.
 */
public class OfdVsPdf {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        int copies = Integer.parseInt(args[1]);
        build(project(work.resolve("warm-up"), 4), List.of("pdf", "ofd"));
        double pdf = build(project(work.resolve("pdf"), copies), List.of("pdf"));
        double ofd = build(project(work.resolve("ofd"), copies), List.of("ofd"));
        double both = build(project(work.resolve("both"), copies), List.of("pdf", "ofd"));
        System.out.printf("%d PDFs alone:                          %.2f s%n", copies, pdf);
        System.out.printf("%d OFDs alone (each laid out for itself): %.2f s  (%.2fx the PDFs)%n", copies, ofd, ofd / pdf);
        System.out.printf("%d PDFs and OFDs (one layout each):     %.2f s  (the OFDs add %.2f s, %.0f%% of the PDFs)%n", copies, both,
                both - pdf, 100 * (both - pdf) / pdf);
    }

    private static Path project(Path project, int copies) throws Exception {
        String sample = Files.readString(Path.of("templates/gov-info-annual-2021/sample.yaml"), StandardCharsets.UTF_8);
        for (int i = 1; i <= copies; i++) {
            Path file = project.resolve(String.format("src/docgen/2021/report%02d.yaml", i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, sample.replace("agency: 玉潭镇人民政府", "agency: 玉潭镇人民政府" + i), StandardCharsets.UTF_8);
        }
        return project;
    }

    private static double build(Path project, List<String> formats) throws Exception {
        long start = System.nanoTime();
        Docgen.builder().projectDirectory(project).project("org.example", "bench", "1.0", "bench", Map.of())
                .outputTimestamp("2026-01-01T00:00:00Z").formats(formats).systemFonts(false).build().generate(ProgressListener.NONE);
        return (System.nanoTime() - start) / 1e9;
    }
}
