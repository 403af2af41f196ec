package io.github.docgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Maven project with {@code n} data files of the built-in kind, for the batch
 * measurement: {@code java -cp bench/target/benchmarks.jar io.github.docgen.bench.BatchProject /tmp/docgen-batch 10000}
 * (run from the repository root; it reads {@code templates/gov-info-annual-2021/sample.yaml}).
 * Each file is the sample with its own agency name and its own numbers (more applications
 * received and disclosed, totals to match, so every check still passes), so every document
 * differs. Files go 100 to a folder. With {@code -Ddocgen.bench.userKind=true} the kind folder is
 * also copied into the project as its own kind (it then wins over the built-in one).
 */
public final class BatchProject {
    private static final String RECEIVED = "received:     [1, 0, 0, 0, 0, 0, 1]";
    private static final String DISCLOSED = "disclosed:        [0, 0, 0, 0, 0, 0, 0]";
    private static final String TOTAL = "total:            [1, 0, 0, 0, 0, 0, 1]";
    private BatchProject() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/docgen-batch");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path kindDir = Path.of(System.getProperty("docgen.bench.kind", "templates/" + Report.KIND));
        String sample = Files.readString(kindDir.resolve("sample.yaml"), StandardCharsets.UTF_8);
        for (String expected : new String[] {"agency: 玉潭镇人民政府", RECEIVED, DISCLOSED, TOTAL}) {
            if (!sample.contains(expected)) {
                throw new IllegalStateException("the sample changed (no '" + expected + "'); adapt BatchProject to it");
            }
        }
        Files.createDirectories(root);
        Files.writeString(root.resolve("pom.xml"), pom(), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("docgen.bench.userKind")) {
            Path kind = Files.createDirectories(root.resolve("src/docgen/kinds/" + Report.KIND));
            try (var files = Files.list(kindDir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, kind.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Path dir = Files.createDirectories(root.resolve("src/docgen/" + String.format("%03d", i / 100)));
            int a = i % 7;
            int b = i % 13;
            // a more applications from people, b from companies, all disclosed: every sum still adds up.
            String data = sample.replace("agency: 玉潭镇人民政府", "agency: 第" + i + "号镇人民政府")
                    .replace(RECEIVED, "received:     [" + (1 + a) + ", " + b + ", 0, 0, 0, 0, " + (1 + a + b) + "]")
                    .replace(DISCLOSED, "disclosed:        [" + a + ", " + b + ", 0, 0, 0, 0, " + (a + b) + "]")
                    .replace(TOTAL, "total:            [" + (1 + a) + ", " + b + ", 0, 0, 0, 0, " + (1 + a + b) + "]");
            Files.writeString(dir.resolve(String.format("town-%05d.yaml", i)), data, StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + n + " data files and pom.xml to " + root);
    }

    private static String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>docgen-batch</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.outputTimestamp>2026-11-27T00:00:00Z</project.build.outputTimestamp>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.docgen</groupId>
                        <artifactId>docgen-maven-plugin</artifactId>
                        <version>0.1.0-SNAPSHOT</version>
                        <!-- The batch measures Word and HTML, as before the built-in kinds had a PDF. -->
                        <configuration>
                          <formats>html,docx</formats>
                        </configuration>
                        <executions>
                          <execution>
                            <goals>
                              <goal>check</goal>
                              <goal>generate</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """;
    }
}
