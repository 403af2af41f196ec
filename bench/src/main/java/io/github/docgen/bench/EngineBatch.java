package io.github.docgen.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;

import io.github.docgen.engine.CheckRun;
import io.github.docgen.engine.Docgen;
import io.github.docgen.engine.GenerationResult;
import io.github.docgen.engine.ProgressListener;

/**
 * The generate goal's work without Maven: the engine reads, checks and renders every data file of
 * a {@link BatchProject} into a fresh output folder, several passes in one JVM. The first pass is
 * what a build pays (class loading, JIT warm-up); later ones show the engine warm. Each pass prints
 * its wall time, documents per second and the CPU time of the whole process (JIT threads included).
 * With {@code check-first}, the check goal's work runs once before the first pass, as in a build
 * that binds both goals. {@code -Dworkers=N} sets the number of workers (default: one per processor).
 * {@code java -Xmx256m -cp bench/target/benchmarks.jar io.github.docgen.bench.EngineBatch /tmp/docgen-batch 3 [check-first]}
 */
public final class EngineBatch {
    private EngineBatch() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : "/tmp/docgen-batch");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean checkFirst = args.length > 2 && args[2].equals("check-first");
        int workers = Integer.getInteger("workers", Runtime.getRuntime().availableProcessors());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            // A fresh folder each pass, beside the project's own target: every document is rendered and written.
            Path out = project.resolve("target/engine-batch-" + System.nanoTime());
            // One build: the check goal's work and the generate goal's share a memo, as Maven's plugin context does.
            Map<String, Object> build = new HashMap<>();
            Docgen.Builder engine = Docgen.builder().projectDirectory(project).outputDirectory(out)
                    .project("org.example", "docgen-batch", "1.0", "docgen-batch", Map.of())
                    .buildTime(Instant.parse("2024-01-01T00:00:00Z")).commit(null).workers(workers).buildMemo(build)
                    .formats(List.of("html", "docx")); // as before the built-in kinds had a PDF
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            if (checkFirst && pass == 1) { // as `mvn package` with both goals bound: the check goal runs first
                CheckRun checked = engine.build().check();
                System.out.printf("check: %d files in %.2f s, process CPU %.1f s%n", checked.result().filesChecked(),
                        (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
                cpu = os.getProcessCpuTime();
                start = System.nanoTime();
            }
            GenerationResult result = engine.build().generate(ProgressListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            int documents = result.outputs().size();
            System.out.printf("pass %d: %d documents in %.2f s = %.0f documents/s, process CPU %.1f s%n", pass, documents, seconds,
                    documents / seconds, (os.getProcessCpuTime() - cpu) / 1e9);
        }
    }
}
