package io.github.docgen.bench;

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
import org.openjdk.jmh.annotations.Warmup;

import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.docx.DocxTemplateCompiler;
import io.github.docgen.render.HardenedFreemarker;
import io.github.docgen.render.RenderLimits;

/**
 * Compiling the Word template with nothing cached: {@code warm} in a JVM that has compiled it
 * before (the cost per build of a changed template in a long-lived daemon), {@code cold} as the
 * first compile in a fresh JVM (what a {@code mvn} run pays), one shot per fork.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CompileBenchmark {
    private ReportKind kind;
    private KindTemplate docx;

    @Setup
    public void setUp() throws Exception {
        Report report = Report.load();
        kind = report.kind();
        docx = KindTemplate.of("report.docx").orElseThrow();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public CompiledTemplate warm() throws Exception {
        return new DocxTemplateCompiler(RenderLimits.DEFAULT).compile(kind, docx, HardenedFreemarker.forKind(kind));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public CompiledTemplate cold() throws Exception {
        return new DocxTemplateCompiler(RenderLimits.DEFAULT).compile(kind, docx, HardenedFreemarker.forKind(kind));
    }
}
