package io.github.docgen.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages follow the flow of a document (load → check → compile → render → write → attach):
 * each may use only the packages declared below it here, so there is no cycle and no shortcut (a
 * Mojo reaching past the façade, a renderer reaching into the engine). A new package must be
 * declared, with what it may use.
 */
class PackageFlowTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/docgen");
    private static final Pattern USE = Pattern.compile("\\bio\\.github\\.docgen\\.([a-z]+)\\.[A-Z]");

    /** Each package and the packages it may use. */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("diagnostic", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("zip", Set.of("text")),
            Map.entry("data", Set.of("diagnostic", "text")),
            Map.entry("kind", Set.of("diagnostic", "text")),
            Map.entry("check", Set.of("data", "kind", "diagnostic", "text")),
            Map.entry("render", Set.of("kind", "diagnostic", "text")),
            Map.entry("docx", Set.of("render", "zip", "kind", "diagnostic", "text")),
            Map.entry("lint", Set.of("render", "kind", "diagnostic", "text")),
            Map.entry("watch", Set.of()),
            Map.entry("pdf", Set.of("render", "kind", "diagnostic", "text")),
            Map.entry("ofd", Set.of("pdf", "render", "kind", "diagnostic", "text")),
            Map.entry("report", Set.of("diagnostic", "text")),
            Map.entry("incremental", Set.of("text")),
            Map.entry("output", Set.of()),
            Map.entry("facts", Set.of("kind", "diagnostic", "text")),
            Map.entry("govinfo", Set.of()),
            Map.entry("importer", Set.of("govinfo", "docx", "diagnostic")),
            Map.entry("nextyear", Set.of("govinfo", "data", "diagnostic", "text")),
            Map.entry("engine", Set.of("check", "data", "docx", "pdf", "ofd", "render", "lint", "watch", "report", "incremental",
                    "output", "facts", "kind", "zip", "importer", "nextyear", "diagnostic", "text")),
            Map.entry("plugin", Set.of("engine", "diagnostic")));

    @Test
    void everyPackageUsesOnlyWhatComesBeforeItInTheFlow() throws IOException {
        List<String> violations = new ArrayList<>();
        uses().forEach((from, used) -> {
            Set<String> allowed = MAY_USE.get(from);
            if (allowed == null) {
                violations.add("package " + from + " is not declared in PackageFlowTest");
                return;
            }
            used.stream().filter(to -> !to.equals(from) && !allowed.contains(to))
                    .forEach(to -> violations.add(from + " uses " + to));
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void theDeclaredFlowHasNoCycle() {
        for (String start : MAY_USE.keySet()) {
            assertTrue(!reaches(start, start, new TreeSet<>()), start + " reaches itself");
        }
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        List<String> without = uses().keySet().stream().filter(pkg -> !Files.isRegularFile(MAIN.resolve(pkg).resolve("package-info.java")))
                .toList();
        assertEquals(List.of(), without, "packages without a package-info.java");
    }

    @Test
    void theTestSeesEveryPackage() throws IOException {
        assertTrue(uses().keySet().containsAll(Set.of("engine", "plugin", "docx", "render")), uses().keySet().toString());
    }

    private static boolean reaches(String from, String target, Set<String> seen) {
        for (String next : MAY_USE.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    /** For each package of the main code, the other packages of the plugin its sources name (imports and qualified names). */
    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file).getName(0).toString();
                Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher m = USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return uses;
    }
}
