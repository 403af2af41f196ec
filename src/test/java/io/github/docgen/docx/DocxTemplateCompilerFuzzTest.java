package io.github.docgen.docx;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.docgen.diagnostic.DocgenException;

/**
 * Whatever bytes a .docx template holds, compiling it either succeeds or fails with a located
 * {@link DocgenException} — never another exception, a hang or a stack overflow. {@code mvn test}
 * replays the seeds in src/test/resources; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=DocxTemplateCompilerFuzzTest}
 * fuzzes for real.
 */
class DocxTemplateCompilerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyBytesCompileOrFailCleanly(byte[] bytes) {
        try {
            WordTemplates.compile(bytes);
        } catch (DocgenException expected) {
            if (expected.findings().isEmpty() || !expected.getMessage().startsWith("templates/memo/report.docx")) {
                throw new AssertionError("an error must name the template: " + expected.getMessage());
            }
        }
    }
}
