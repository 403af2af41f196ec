package io.github.docgen.data;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes a data file holds, reading it either gives a data file or one located
 * {@link DataFileException} — never another exception, a hang or a stack overflow.
 * {@code mvn test} replays the seed corpus in src/test/resources; to fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=DataFileReaderFuzzTest} (see README).
 */
class DataFileReaderFuzzTest {
    private final DataFileReader reader = new DataFileReader(DataLimits.DEFAULT);

    @FuzzTest(maxDuration = "60s")
    void yamlNeverFailsOtherwise(byte[] bytes) {
        read(bytes, "a.yaml");
    }

    @FuzzTest(maxDuration = "60s")
    void jsonNeverFailsOtherwise(byte[] bytes) {
        read(bytes, "a.json");
    }

    private void read(byte[] bytes, String name) {
        try {
            reader.parse(bytes, name, name);
        } catch (DataFileException expected) {
            if (expected.position() == null || !expected.getMessage().startsWith(name)) {
                throw new AssertionError("an error must name the file: " + expected.getMessage());
            }
        }
    }
}
