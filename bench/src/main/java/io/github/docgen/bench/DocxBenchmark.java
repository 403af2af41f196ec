package io.github.docgen.bench;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents per second, one thread: the annual report from the sample data, as docx bytes in
 * memory, by each engine. Every engine's first document is checked (each of the report's number
 * cells holds its number) before anything is timed; a wrong one fails the run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DocxBenchmark {

    /** A buffer the size of a document, reused: the benchmark measures rendering, not allocation of the sink. */
    @State(Scope.Thread)
    public static class Sink {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    }

    @State(Scope.Benchmark)
    public static class Docgen {
        Engines.Renderer renderer;

        @Setup
        public void setUp() throws Exception {
            Report report = Report.load();
            renderer = Engines.docgen(report.compile("report.docx"), report.model("docx"));
            checked("docgen", report, renderer);
        }
    }

    @State(Scope.Benchmark)
    public static class PoiTl {
        Engines.Renderer renderer;

        @Setup
        public void setUp() {
            Report report = Report.load();
            renderer = Engines.poiTl(PeerTemplates.convert(report.docxTemplate, PeerTemplates.Flavour.POI_TL), report.model("docx"));
            checked("poi-tl", report, renderer);
        }
    }

    @State(Scope.Benchmark)
    public static class XDocReport {
        Engines.Renderer renderer;

        @Setup
        public void setUp() throws Exception {
            Report report = Report.load();
            renderer = Engines.xdocReport(PeerTemplates.convert(report.docxTemplate, PeerTemplates.Flavour.XDOCREPORT), report.model("docx"));
            checked("xdocreport", report, renderer);
        }
    }

    @State(Scope.Benchmark)
    public static class Floor {
        Engines.Renderer renderer;

        @Setup
        public void setUp() {
            // Not checked: it writes the template back, placeholders and all.
            renderer = Engines.naiveFloor(Report.load().docxTemplate);
        }
    }

    static void checked(String engine, Report report, Engines.Renderer renderer) {
        byte[] first = Engines.once(renderer);
        report.check(engine, first);
        System.err.println("[check] " + engine + ": all " + report.numberCells.size() + " number cells hold their numbers; "
                + first.length + " bytes");
    }

    private static int run(Engines.Renderer renderer, Sink sink) throws Exception {
        sink.out.reset();
        renderer.render(sink.out);
        return sink.out.size();
    }

    @Benchmark
    public int docgen(Docgen engine, Sink sink) throws Exception {
        return run(engine.renderer, sink);
    }

    @Benchmark
    public int poiTl(PoiTl engine, Sink sink) throws Exception {
        return run(engine.renderer, sink);
    }

    @Benchmark
    public int xdocReport(XDocReport engine, Sink sink) throws Exception {
        return run(engine.renderer, sink);
    }

    @Benchmark
    public int naiveFloor(Floor engine, Sink sink) throws Exception {
        return run(engine.renderer, sink);
    }
}
