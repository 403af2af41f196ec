package io.github.docgen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.docgen.data.DataFileException;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;

/**
 * Reading a whole batch in a fresh JVM, as one {@code mvn} run does: every data file under a
 * folder written by {@link BatchProject}, read twice on one thread with one reader. The first
 * pass includes class loading and JIT warm-up (what a build pays), the second is closer to warm.
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
        List<byte[]> contents = new java.util.ArrayList<>(files.size());
        for (Path f : files) {
            contents.add(Files.readAllBytes(f));
        }
        DataFileReader reader = new DataFileReader(DataLimits.DEFAULT);
        for (int pass = 1; pass <= 2; pass++) {
            long start = System.nanoTime();
            long keys = 0;
            for (int i = 0; i < files.size(); i++) {
                String name = root.relativize(files.get(i)).toString();
                keys += reader.parse(contents.get(i), name, name).root().entries().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("pass %d: %d files in %.3f s (%.3f ms/file, %d keys)%n",
                    pass, files.size(), seconds, seconds * 1000 / files.size(), keys);
        }
    }
}
