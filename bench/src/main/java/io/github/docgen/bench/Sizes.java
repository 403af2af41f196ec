package io.github.docgen.bench;

import java.util.Map;

/**
 * The size of each engine's document (after the same number check as the benchmark), and of this
 * engine's document with every part deflated whole at the default level, the reference for the
 * size target. {@code java -cp bench/target/benchmarks.jar io.github.docgen.bench.Sizes}
 */
public final class Sizes {
    private Sizes() {
    }

    public static void main(String[] args) throws Exception {
        Report report = Report.load();
        byte[] docgen = Engines.once(Engines.docgen(report.compile("report.docx"), report.model("docx")));
        report.check("docgen", docgen);
        Map<String, byte[]> parts = Docx.parts(docgen);
        byte[] whole = Docx.zipDefault(parts);
        byte[] poiTl = Engines.once(Engines.poiTl(PeerTemplates.convert(report.docxTemplate, PeerTemplates.Flavour.POI_TL), report.model("docx")));
        report.check("poi-tl", poiTl);
        byte[] xdoc = Engines.once(Engines.xdocReport(PeerTemplates.convert(report.docxTemplate, PeerTemplates.Flavour.XDOCREPORT), report.model("docx")));
        report.check("xdocreport", xdoc);
        byte[] floor = Engines.once(Engines.naiveFloor(report.docxTemplate));
        System.out.printf("main part (word/document.xml) of docgen's document: %d bytes of XML%n", parts.get("word/document.xml").length);
        System.out.printf("%-44s %9s%n", "output", "bytes");
        System.out.printf("%-44s %9d%n", "docgen", docgen.length);
        System.out.printf("%-44s %9d%n", "docgen's parts deflated whole (level 6)", whole.length);
        System.out.printf("%-44s %9d%n", "poi-tl 1.12.2", poiTl.length);
        System.out.printf("%-44s %9d%n", "XDocReport 2.1.0 (FreeMarker)", xdoc.length);
        System.out.printf("%-44s %9d%n", "naive floor (template re-zipped)", floor.length);
        System.out.printf("docgen / whole-part deflate: %.2f%n", docgen.length / (double) whole.length);
    }
}
