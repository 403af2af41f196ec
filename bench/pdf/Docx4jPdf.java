import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.docx4j.Docx4J;
import org.docx4j.Docx4jProperties;
import org.docx4j.fonts.IdentityPlusMapper;
import org.docx4j.fonts.Mapper;
import org.docx4j.fonts.PhysicalFont;
import org.docx4j.fonts.PhysicalFonts;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * docx4j's PDF export (docx4j-export-fo, Apache FOP) as the third contestant of bench/pdf.sh, run by
 * PdfVsLibreOffice in a JVM of its own because docx4j's class path (an older docx4j-core than the
 * plugin's tests use, FOP, Batik) is kept apart from the plugin's. Arguments: the folder of the
 * plugin's fonts, the output folder, then the Word documents. Converts them all in this one JVM, the
 * fonts set up once, and prints two lines for PdfVsLibreOffice: "fonts SECONDS" and "convert SECONDS".
 */
public class Docx4jPdf {
    /**
     * The Word documents name the official fonts, which a build machine does not have. docx4j would
     * print their text in no font at all (blank), so each is mapped, as the plugin's own PDF does it
     * (OfficialFamily), to the open font the plugin ships: both PDFs are set in the same glyphs.
     */
    private static final Map<String, String> OFFICIAL_TO_SHIPPED = Map.of(
            "仿宋_GB2312", "Noto Serif SC Regular",
            "宋体", "Noto Serif SC Regular",
            "方正小标宋简体", "Noto Serif SC Bold",
            "黑体", "Noto Sans SC Medium",
            "楷体_GB2312", "LXGW WenKai");

    public static void main(String[] args) throws Exception {
        Path fonts = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        List<Path> documents = Stream.of(args).skip(2).map(Path::of).toList();

        long start = System.nanoTime();
        Mapper mapper = fontMapper(fonts);
        double fontSetup = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        for (Path docx : documents) {
            WordprocessingMLPackage word = WordprocessingMLPackage.load(docx.toFile());
            word.setFontMapper(mapper);
            // setFontMapper fills in the identity mappings of this document's fonts; ours go on top.
            OFFICIAL_TO_SHIPPED.forEach((official, shipped) -> mapper.put(official, PhysicalFonts.get(shipped)));
            String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
            try (OutputStream pdf = Files.newOutputStream(out.resolve(name))) {
                // docx4j's PDF export as its documentation shows it: through XSL-FO and Apache FOP.
                Docx4J.toPDF(word, pdf);
            }
        }
        double convert = (System.nanoTime() - start) / 1e9;
        System.out.printf("fonts %.3f%nconvert %.3f%n", fontSetup, convert);
    }

    /**
     * Registers the plugin's shipped fonts with docx4j and nothing else of the system's: by default
     * docx4j scans every font under /usr/share/fonts (the Noto CJK collections included), measured (one run)
     * at 2.0 s against 0.8 s for this with an empty font cache, for fonts the mapping does not use.
     */
    private static Mapper fontMapper(Path fonts) throws IOException {
        // The key docx4j 11.5.9 reads (later sources spell it with an "org." prefix).
        Docx4jProperties.setProperty("docx4j.fonts.discoverPhysicalFonts.enabled", false);
        try (Stream<Path> files = Files.list(fonts)) {
            files.filter(f -> f.toString().endsWith(".ttf")).sorted().map(Path::toUri).forEach(PhysicalFonts::addPhysicalFont);
        }
        for (Map.Entry<String, String> mapping : OFFICIAL_TO_SHIPPED.entrySet()) {
            PhysicalFont font = PhysicalFonts.get(mapping.getValue());
            if (font == null) {
                throw new IllegalStateException("docx4j found no font named " + mapping.getValue() + " in " + fonts);
            }
        }
        return new IdentityPlusMapper();
    }
}
