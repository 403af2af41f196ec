package io.github.docgen.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.kind.ReportKind;

class BuildFactsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final List<Finding> warnings = new ArrayList<>();
    private Object counted = Map.of("tests", 3);

    private final FactSource countingTests = new FactSource() {
        @Override
        public String name() {
            return "tests";
        }

        @Override
        public Object read(Consumer<Finding> warn) {
            reads.incrementAndGet();
            warn.accept(Finding.warning(SourcePosition.ofFile("target/surefire-reports"), "TESTS", "read"));
            return counted;
        }
    };

    @Test
    void aKindWhoseTemplatesDoNotUseAFactNeverReadsIt() throws Exception {
        BuildFacts facts = new BuildFacts(List.of(countingTests), warnings::add);
        ReportKind plain = kind("plain", "<p>${agency}</p>");
        assertEquals(Map.of(), facts.usedBy(plain));
        assertEquals("", facts.fingerprint(plain));
        assertEquals(0, reads.get());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aFactIsReadOnceForAllDocumentsAndWorkersAndWarnsOnce() throws Exception {
        BuildFacts facts = new BuildFacts(List.of(countingTests), warnings::add);
        ReportKind notes = kind("notes", "<p>${tests.tests}</p>");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, Object>>> documents = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                documents.add(pool.submit(() -> facts.usedBy(notes)));
            }
            for (Future<Map<String, Object>> document : documents) {
                assertEquals(Map.of("tests", Map.of("tests", 3)), document.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, reads.get());
        assertEquals(1, warnings.size());
    }

    @Test
    void theFingerprintChangesWithTheFact() throws Exception {
        ReportKind notes = kind("notes", "<p>${tests.tests}</p>");
        String three = new BuildFacts(List.of(countingTests), warnings::add).fingerprint(notes);
        counted = Map.of("tests", 4);
        String four = new BuildFacts(List.of(countingTests), warnings::add).fingerprint(notes);
        assertNotEquals(three, four);
        assertEquals(four, new BuildFacts(List.of(countingTests), warnings::add).fingerprint(notes));
    }

    @Test
    void textTheOutputsCannotCarryIsReplacedAsInData() throws Exception {
        counted = Map.of("suites", List.of(Map.of("name", "Bad\u0001Name")));
        Map<String, Object> used = new BuildFacts(List.of(countingTests), warnings::add).usedBy(kind("notes", "${tests.suites}"));
        assertEquals(Map.of("tests", Map.of("suites", List.of(Map.of("name", "Bad\uFFFDName")))), used);
    }

    @Test
    void noFactsMeansNothingUsed() throws Exception {
        assertEquals(Map.of(), BuildFacts.NONE.usedBy(kind("notes", "${tests.tests}")));
    }

    private static ReportKind kind(String id, String template) {
        return new ReportKind(id, "src/docgen/kinds/" + id, Map.of("page.ftlh", template.getBytes(StandardCharsets.UTF_8)));
    }
}
