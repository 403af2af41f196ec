import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import io.github.docgen.engine.Docgen;
import io.github.docgen.engine.ProgressListener;

/**
 * The PDF benchmark of bench/pdf.sh, run as a single source file on the plugin's class path, in a
 * fresh JVM as a build would be: N copies of the 2021 sample rendered to Word, then to PDF by the
 * plugin (the time the PDFs add to a build, fonts read included), then the plugin's N Word documents
 * converted to PDF by LibreOffice in one process (`soffice --headless --convert-to pdf`) and by
 * docx4j's PDF export (docx4j-export-fo, Apache FOP) in one JVM of its own (bench/pdf/Docx4jPdf.java,
 * on the class path named by the third argument). Every PDF of each is checked to hold the report's
 * text (agency, table rows with their numbers) before any time is printed: a converter that writes
 * blank Chinese text would look fast for nothing.
 */
public class PdfVsLibreOffice {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int copies = Integer.parseInt(args[1]);
        String docx4jClassPath = Files.readString(Path.of(args[2])).strip();
        String sample = Files.readString(Path.of("templates/gov-info-annual-2021/sample.yaml"), StandardCharsets.UTF_8);
        for (int i = 1; i <= copies; i++) {
            Path file = project.resolve(String.format("src/docgen/2021/report%02d.yaml", i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, sample.replace("agency: 玉潭镇人民政府", "agency: 玉潭镇人民政府" + i), StandardCharsets.UTF_8);
        }
        double docx = build(project, List.of("docx"));
        // The Word documents are up to date by now, so this build renders only the PDFs.
        double pdf = build(project, List.of("docx", "pdf"));
        List<Path> words = wordDocuments(project, copies);
        double soffice = libreOffice(project, words);
        Docx4jTimes docx4j = docx4j(project, words, docx4jClassPath);

        String plugin = pages(project.resolve("target/docgen/2021"), copies);
        String libreOffice = pages(project.resolve("target/libreoffice"), copies);
        String docx4jPages = pages(project.resolve("target/docx4j"), copies);
        System.out.printf("%-50s%6.2f s%n", "plugin, " + copies + " Word documents:", docx);
        System.out.printf("%-50s%6.2f s%n", "plugin, " + copies + " PDFs (what they add to a build):", pdf);
        System.out.printf("%-50s%6.2f s%n", "LibreOffice, the " + copies + " Word documents to PDF:", soffice);
        System.out.printf("%-50s%6.2f s (its own JVM: fonts %.2f s, conversion %.2f s)%n",
                "docx4j export-fo, the " + copies + " Word documents to PDF:", docx4j.process(), docx4j.fonts(), docx4j.conversion());
        System.out.printf("%-50s%6.1fx%n", "LibreOffice / plugin PDFs:", soffice / pdf);
        System.out.printf("%-50s%6.1fx%n", "docx4j / plugin PDFs:", docx4j.process() / pdf);
        System.out.printf("pages of each report: plugin %s, LibreOffice %s, docx4j %s%n", plugin, libreOffice, docx4jPages);
    }

    private static double build(Path project, List<String> formats) throws Exception {
        long start = System.nanoTime();
        Docgen.builder().projectDirectory(project).project("org.example", "bench", "1.0", "bench", Map.of())
                .outputTimestamp("2026-01-01T00:00:00Z").formats(formats).build().generate(ProgressListener.NONE);
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<Path> wordDocuments(Path project, int copies) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/docgen/2021"))) {
            List<Path> docx = files.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
            if (docx.size() != copies) {
                throw new IllegalStateException("expected " + copies + " Word documents, found " + docx.size());
            }
            return docx;
        }
    }

    private static double libreOffice(Path project, List<Path> words) throws IOException, InterruptedException {
        String profile = "-env:UserInstallation=file://" + project.resolve("lo-profile");
        List<String> command = new ArrayList<>(List.of("soffice", profile,
                "--headless", "--convert-to", "pdf", "--outdir", project.resolve("target/libreoffice").toString()));
        words.forEach(p -> command.add(p.toString()));
        // A first run creates LibreOffice's profile, as on a build machine that ran it before; not timed.
        new ProcessBuilder(List.of("soffice", profile, "--headless", "--terminate_after_init"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("soffice failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** docx4j's whole run (JVM start and compiling Docx4jPdf.java included), and its own two timings. */
    record Docx4jTimes(double process, double fonts, double conversion) {
    }

    /**
     * docx4j converts the same Word documents in a JVM of its own, as LibreOffice does in its own
     * process: its class path (docx4j 11.5.9, FOP, Batik) stays apart from the plugin's. The plugin's
     * shipped fonts are the ones its mapper is given, so both set the text in the same glyphs.
     */
    private static Docx4jTimes docx4j(Path project, List<Path> words, String classPath) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // docx4j and FOP keep font caches under the user's home; a home of its own in the project starts
        // every run from none (the plugin too reads its fonts afresh in each build) and leaves ~ alone.
        // It must exist: FOP writes its cache to ./.fop when the home is missing.
        Path home = Files.createDirectories(project.resolve("docx4j-home"));
        List<String> command = new ArrayList<>(List.of(java, "-Duser.home=" + home,
                "-cp", classPath, "bench/pdf/Docx4jPdf.java",
                Path.of("target/classes/io/github/docgen/pdf/fonts").toAbsolutePath().toString(),
                project.resolve("target/docx4j").toString()));
        words.forEach(p -> command.add(p.toString()));
        Path log = project.resolve("docx4j.log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("docx4j failed:\n" + Files.readString(log));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Docx4jTimes(seconds, timing(out, "fonts"), timing(out, "convert"));
    }

    private static double timing(String out, String name) {
        return out.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(l.substring(name.length() + 1)))
                .findFirst().orElseThrow(() -> new IllegalStateException("docx4j printed no '" + name + "' time:\n" + out));
    }

    /**
     * The page counts of the N PDFs in a folder (one number when all agree), after checking each holds
     * its own agency's name and two rows of table 三 with their numbers, in reading order.
     */
    private static String pages(Path folder, int copies) throws IOException {
        TreeSet<Integer> counts = new TreeSet<>();
        for (int i = 1; i <= copies; i++) {
            Path pdf = folder.resolve(String.format("report%02d-1.0.pdf", i));
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                String text = stripper.getText(document).replaceAll("\\s", "");
                for (String expected : List.of("玉潭镇人民政府" + i + "2021年政府信息公开工作年度报告",
                        "一、本年新收政府信息公开申请数量1000001", "1.本机关不掌握相关政府信息1000001")) {
                    if (!text.contains(expected)) {
                        throw new IllegalStateException(pdf + " lacks the text " + expected);
                    }
                }
                counts.add(document.getNumberOfPages());
            }
        }
        return counts.size() == 1 ? counts.first().toString() : counts.toString();
    }
}
