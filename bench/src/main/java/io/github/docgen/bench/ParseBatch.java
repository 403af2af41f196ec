package io.github.docgen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

import io.github.docgen.data.DataFileException;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;

/**
 * Reading a whole batch in a fresh JVM, as one {@code mvn} run does: every data file under a
 * folder written by {@link BatchProject}, read twice on one thread with one reader. The first
 * pass includes class loading and JIT warm-up (what a build pays), the second is closer to warm.
 * Each pass prints its wall time and the CPU time of the whole process (the JIT's threads
 * included), which varies less than wall time on a machine shared with other work.
 * {@code java -cp bench/target/benchmarks.jar io.github.docgen.bench.ParseBatch /tmp/parse-batch}
 */
public final class ParseBatch {
    private ParseBatch() {
    }

    public static void main(String[] args) throws IOException, DataFileException {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/parse-batch");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("src/docgen"))) {
            files = walk.filter(DataFileReader::isDataFile).sorted().toList();
        }
        // The bytes are read first so that only parsing is timed, not the disk.
        List<byte[]> contents = new ArrayList<>(files.size());
        for (Path f : files) {
            contents.add(Files.readAllBytes(f));
        }
        System.gc(); // the contents now sit in the old generation: the passes do not copy them
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        DataFileReader reader = new DataFileReader(DataLimits.DEFAULT);
        for (int pass = 1; pass <= 2; pass++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            long keys = 0;
            for (int i = 0; i < files.size(); i++) {
                String name = root.relativize(files.get(i)).toString();
                keys += reader.parse(contents.get(i), name, name).root().entries().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.printf("pass %d: %d files in %.3f s (%.3f ms/file), process CPU %.3f s, %d keys%n",
                    pass, files.size(), seconds, seconds * 1000 / files.size(), cpu, keys);
        }
    }
}
