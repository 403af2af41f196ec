package io.github.docgen.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.text.Sha256;

/**
 * A print template: FreeMarker renders the HTML (with HTML auto-escaping, as any {@code .ftlh}),
 * every character is checked against the build's fonts, then openhtmltopdf lays it out with CSS
 * paged media into a PDF/A-3a, tagged (PDF/UA-1) PDF whose fonts are all embedded as subsets.
 * The PDF's dates are the build time and its document id is derived from its content, so the same
 * inputs give the same bytes.
 */
final class PdfTemplate implements CompiledTemplate {
    static final String PRODUCER = "docgen-maven-plugin (openhtmltopdf 1.1.31, PDFBox 3.0.8)";
    /** The sRGB profile of the output intent PDF/A asks for; the JDK's own, read once. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final CompiledTemplate html;
    private final Fonts fonts;
    private final String displayName;

    /** The build's fonts, given the template's name for messages. */
    interface Fonts {
        FontSet of(String displayName) throws DocgenException;
    }

    PdfTemplate(CompiledTemplate html, Fonts fonts, String displayName) {
        this.html = html;
        this.fonts = fonts;
        this.displayName = displayName;
    }

    @Override
    public void render(Map<String, Object> model, OutputStream out) throws DocgenException {
        FontSet fontSet = fonts.of(displayName);
        ByteArrayOutputStream page = new ByteArrayOutputStream(64 * 1024);
        html.render(model, page);
        String text = page.toString(StandardCharsets.UTF_8);
        Finding missing = new MissingGlyphs(fontSet).check(text, model, displayName);
        if (missing != null) {
            throw new DocgenException(missing);
        }
        org.jsoup.nodes.Document parsed = Jsoup.parse(text);
        String title = parsed.title();
        String language = parsed.selectFirst("html") != null ? parsed.selectFirst("html").attr("lang") : "";
        if (title.isBlank() || language.isBlank()) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "PDF",
                    "a print template needs <html lang=\"…\"> and a <title>: PDF/A-3a and PDF/UA require the document's language and title"));
        }
        try {
            byte[] pdf = layOut(parsed, fontSet, model, title, language, Sha256.hex(page.toByteArray()));
            out.write(pdf);
        } catch (IOException | RuntimeException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "PDF", "cannot lay out the PDF: " + e));
        }
    }

    private byte[] layOut(org.jsoup.nodes.Document parsed, FontSet fonts, Map<String, Object> model, String title, String language,
                          String htmlHash) throws IOException {
        try (FontSet.Loan loan = fonts.lend(); PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .usePdfAConformance(PdfAConformance.PDFA_3_A)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(SRGB)
                    .withProducer(PRODUCER)
                    // A build never fetches: a print template is self-contained (no external CSS, images or fonts).
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(new W3CDom().fromJsoup(parsed), null);
            loan.register(builder, document);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            stamp(document, model, title, language, documentId(htmlHash, fonts, model));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Sets the information dictionary and the XMP from the build rather than the clock, and the document id from the content. */
    private static void stamp(PDDocument document, Map<String, Object> model, String title, String language, long documentId)
            throws IOException {
        Map<?, ?> doc = model.get("doc") instanceof Map<?, ?> d ? d : Map.of();
        Map<?, ?> project = model.get("project") instanceof Map<?, ?> p ? p : Map.of();
        Instant built = doc.get("buildTime") instanceof String t ? Instant.parse(t) : Instant.EPOCH;
        String author = text(model.get("agency"), text(model.get("author"), null));
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.setTimeInMillis(built.toEpochMilli());

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        if (author != null) {
            info.setAuthor(author);
        }
        info.setCreator("docgen-maven-plugin");
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.setDocumentInformation(info);

        Map<String, String> docgen = new LinkedHashMap<>();
        put(docgen, "version", project.get("version"));
        put(docgen, "commit", project.get("commit"));
        put(docgen, "source", doc.get("source"));
        put(docgen, "kind", doc.get("kind"));
        docgen.put("status", Boolean.TRUE.equals(doc.get("draft")) ? "draft" : "final");
        String when = built.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(XmpPacket.of(title, author, language, when, PRODUCER, "docgen-maven-plugin", docgen));
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentCatalog().setLanguage(language);
        document.setDocumentId(documentId);
    }

    /** The PDF's /ID comes from this number: the page, the fonts and the build time give it, so it changes only with them. */
    private static long documentId(String htmlHash, FontSet fonts, Map<String, Object> model) {
        Object time = model.get("doc") instanceof Map<?, ?> doc ? doc.get("buildTime") : null;
        MessageDigest digest = Sha256.digest();
        digest.update((htmlHash + "|" + fonts.fingerprint() + "|" + time).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private static void put(Map<String, String> into, String name, Object value) {
        if (value != null) {
            into.put(name, value.toString());
        }
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String s && !s.isBlank() ? s : otherwise;
    }
}
