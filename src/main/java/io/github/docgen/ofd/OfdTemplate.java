package io.github.docgen.ofd;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.pdf.PrintFonts;
import io.github.docgen.render.CompiledTemplate;

/**
 * A print template written as OFD: the PDF template lays the document out (or laid it out just
 * before for the PDF, {@link SharedLayout}), PDFBox reads each
 * page's glyphs and paths back ({@link PageDrawingReader}) and {@link OfdPackage} writes them with
 * the fonts they use. Title and author come from the PDF, the dates and the docgen custom data
 * from the build, the document id from the PDF's bytes: the same inputs give the same OFD.
 */
final class OfdTemplate implements CompiledTemplate {
    private final SharedLayout layout;
    private final CompiledTemplate pdf;
    private final Fonts fonts;
    private final String displayName;

    /** The build's print fonts, given the template's name for messages. */
    interface Fonts {
        PrintFonts of(String displayName) throws DocgenException;
    }

    OfdTemplate(SharedLayout layout, CompiledTemplate pdf, Fonts fonts, String displayName) {
        this.layout = layout;
        this.pdf = pdf;
        this.fonts = fonts;
        this.displayName = displayName;
    }

    @Override
    public void render(Map<String, Object> model, OutputStream out) throws DocgenException {
        byte[] pdfBytes = layout.pdfFor(pdf, model, displayName);
        PrintFonts printFonts = fonts.of(displayName);
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            List<PageDrawing> pages = new ArrayList<>(document.getNumberOfPages());
            for (PDPage page : document.getPages()) {
                pages.add(PageDrawingReader.read(page));
            }
            OfdPackage.write(pages, printFonts, metadata(document.getDocumentInformation(), model, pdfBytes), out);
        } catch (OfdPackage.MissingFontException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "OFD", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "OFD", "cannot write the OFD: " + e));
        }
    }

    /** What DocInfo says: from the PDF's information and the build, as the PDF's own metadata. */
    private static OfdMetadata metadata(PDDocumentInformation info, Map<String, Object> model, byte[] pdf) {
        Map<?, ?> doc = model.get("doc") instanceof Map<?, ?> d ? d : Map.of();
        Map<?, ?> project = model.get("project") instanceof Map<?, ?> p ? p : Map.of();
        Instant built = doc.get("buildTime") instanceof String t ? Instant.parse(t) : Instant.EPOCH;
        Map<String, String> custom = new LinkedHashMap<>();
        put(custom, "version", project.get("version"));
        put(custom, "commit", project.get("commit"));
        put(custom, "source", doc.get("source"));
        put(custom, "kind", doc.get("kind"));
        custom.put("status", Boolean.TRUE.equals(doc.get("draft")) ? "draft" : "final");
        return new OfdMetadata(info.getTitle(), info.getAuthor(), built, custom, pdf);
    }

    private static void put(Map<String, String> into, String name, Object value) {
        if (value != null) {
            into.put(name, value.toString());
        }
    }
}
