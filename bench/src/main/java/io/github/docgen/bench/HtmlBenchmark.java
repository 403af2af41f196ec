package io.github.docgen.bench;

import java.io.ByteArrayOutputStream;
import java.util.Map;
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

import io.github.docgen.render.CompiledTemplate;

/** Documents per second, one thread: the annual report from the sample data as HTML (report.ftlh). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class HtmlBenchmark {
    private CompiledTemplate template;
    private Map<String, Object> model;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);

    @Setup
    public void setUp() throws Exception {
        Report report = Report.load();
        template = report.compile("report.ftlh");
        model = report.model("html");
        template.render(model, out);
        String html = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (String number : report.numberCells.values()) {
            if (!html.contains(">" + number + "<")) {
                throw new IllegalStateException("html: no cell holds " + number);
            }
        }
        System.err.println("[check] html: " + out.size() + " bytes");
    }

    @Benchmark
    public int html() throws Exception {
        out.reset();
        template.render(model, out);
        return out.size();
    }
}
