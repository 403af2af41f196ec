package io.github.docgen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;

/**
 * Reading one data file, warm, one thread: the bytes of the kind's {@code sample.yaml} (10 KB,
 * mostly Chinese text blocks, comments and lists of numbers) into a {@link DataFile}, as the
 * plugin does for every file of a batch (decode, YAML, typing, SHA-256). The file is read once
 * in setup, so no disk time is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ParseBenchmark {
    private final DataFileReader reader = new DataFileReader(DataLimits.DEFAULT);
    private byte[] bytes;

    @Setup
    public void setUp() throws Exception {
        Path kindDir = Path.of(System.getProperty("docgen.bench.kind", "templates/" + Report.KIND));
        bytes = Files.readAllBytes(kindDir.resolve("sample.yaml"));
        DataFile file = yaml();
        if (!Report.KIND.equals(file.kind())) {
            throw new IllegalStateException("the sample names the kind " + file.kind());
        }
        System.err.println("[check] yaml: " + bytes.length + " bytes, " + file.root().entries().size() + " top-level keys");
    }

    @Benchmark
    public DataFile yaml() throws Exception {
        return reader.parse(bytes, "2021/sample.yaml", "src/docgen/2021/sample.yaml");
    }
}
