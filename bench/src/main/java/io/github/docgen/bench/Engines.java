package io.github.docgen.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.deepoove.poi.XWPFTemplate;

import fr.opensagres.xdocreport.document.IXDocReport;
import fr.opensagres.xdocreport.document.registry.XDocReportRegistry;
import fr.opensagres.xdocreport.template.IContext;
import fr.opensagres.xdocreport.template.TemplateEngineKind;
import fr.opensagres.xdocreport.template.freemarker.FreemarkerTemplateEngine;
import io.github.docgen.render.CompiledTemplate;

/** The engines under test, each rendering the annual report from the sample data to docx bytes. */
final class Engines {
    private Engines() {
    }

    /** A render into a reusable buffer: every engine writes the whole document, none of it to disk. */
    interface Renderer {
        void render(OutputStream out) throws Exception;
    }

    static byte[] once(Renderer r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            r.render(out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** This engine: the compiled template renders the plugin's model. */
    static Renderer docgen(CompiledTemplate template, Map<String, Object> model) {
        return out -> template.render(model, out);
    }

    /** poi-tl: a template is used up by rendering, so it is compiled from the (converted) bytes for each document. */
    static Renderer poiTl(byte[] template, Map<String, Object> model) {
        return out -> {
            Map<String, Object> data = PeerModel.flat(model);
            try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template))) {
                t.render(data);
                t.write(out);
            }
        };
    }

    /** XDocReport with FreeMarker: the report is loaded once and keeps its preprocessed template cached. */
    static Renderer xdocReport(byte[] template, Map<String, Object> model) throws Exception {
        // The global registry: the FreeMarker engine finds its cached templates through it.
        XDocReportRegistry registry = XDocReportRegistry.getRegistry();
        IXDocReport report = registry.loadReport(new ByteArrayInputStream(template), "annual-report", TemplateEngineKind.Freemarker);
        report.setCacheOriginalDocument(true);
        FreemarkerTemplateEngine engine = (FreemarkerTemplateEngine) report.getTemplateEngine();
        engine.getFreemarkerConfiguration().setNumberFormat("computer");
        return out -> {
            IContext context = report.createContext();
            PeerModel.nested(model).forEach(context::put);
            report.process(context, out);
        };
    }

    /**
     * The floor for any engine that deflates the main part per document: read the template's zip
     * and write it back, the main part re-deflated at the default level (the others too, small).
     */
    static Renderer naiveFloor(byte[] template) {
        return out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(0);
                    zip.putNextEntry(copy);
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
            zip.finish();
        };
    }

    static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
