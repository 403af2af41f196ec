package io.github.docgen.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Edges the reader's fast paths must not move: where an encoding error is reported when the
 * text also holds a U+FFFD or a NUL, which tags are refused, how plain scalars are typed, and
 * what duplicate keys and alias cycles report. The expected messages are those of the reader
 * before the fast paths.
 */
class DataFileReaderEdgeTest {
    private final DataFileReader reader = new DataFileReader(DataLimits.DEFAULT);

    private String error(byte[] bytes) {
        return assertThrows(DataFileException.class, () -> reader.parse(bytes, "a.yaml", "a.yaml")).getMessage();
    }

    private String error(String yaml) {
        return error(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> values(String yaml) throws DataFileException {
        return reader.parse(yaml.getBytes(StandardCharsets.UTF_8), "a.yaml", "a.yaml").values();
    }

    @Test
    void anInvalidByteAfterAWrittenReplacementCharacterIsFoundAtItsOwnOffset() {
        byte[] bytes = {'a', ':', ' ', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n', 'b', ':', ' ', (byte) 0xC3, '\n'};
        assertEquals("a.yaml:2:4: invalid UTF-8 at byte offset 10", error(bytes));
    }

    @Test
    void aNulByteIsReportedBeforeAnEarlierInvalidSequence() {
        byte[] bytes = {'a', ':', ' ', (byte) 0xC3, '\n', 'b', ':', ' ', 0, '\n'};
        assertEquals("a.yaml:2:4: a NUL byte at byte offset 8 (UTF-16 or a binary file?); save the file as UTF-8 text", error(bytes));
    }

    @Test
    void truncatedAndSurrogateSequencesAreInvalid() {
        assertEquals("a.yaml:1:4: invalid UTF-8 at byte offset 3", error(new byte[] {'a', ':', ' ', (byte) 0xE4, (byte) 0xB8}));
        assertEquals("a.yaml:1:4: invalid UTF-8 at byte offset 3", error(new byte[] {'a', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}));
        byte[] bomThenBad = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', (byte) 0x80, '\n'};
        assertEquals("a.yaml:1:7: invalid UTF-8 at byte offset 6", error(bomThenBad));
    }

    @Test
    void aWrittenReplacementCharacterIsKept() throws Exception {
        assertEquals("\uFFFD", values("a: \uFFFD\n").get("a"));
        assertEquals("x\uFFFD", values("\uFEFFa: x\uFFFD\n").get("a"));
    }

    @Test
    void onlyPlainTagsAreAllowed() throws Exception {
        assertEquals("a.yaml:1:4: the tag !ENV_VARIABLE is not allowed: data files hold plain maps, lists, text and numbers",
                error("a: ${HOME}\n"));
        assertEquals("a.yaml:1:4: the tag !ENV_VARIABLE is not allowed: data files hold plain maps, lists, text and numbers",
                error("a: ${ X:-y }\n"));
        assertEquals("a.yaml:1:4: the tag !foo is not allowed: data files hold plain maps, lists, text and numbers", error("a: !foo x\n"));
        assertEquals("a.yaml:1:4: the tag tag:yaml.org,2002:python/object is not allowed: data files hold plain maps, lists, text and numbers",
                error("a: !!python/object x\n"));
        Map<String, Object> v = values("a: '${HOME}'\nb: ! ${HOME}\nc: $HOME\nd: ${not closed\ne: !!str 12\n");
        assertEquals("${HOME}", v.get("a"));
        assertEquals("${HOME}", v.get("b"));
        assertEquals("$HOME", v.get("c"));
        assertEquals("${not closed", v.get("d"));
        assertEquals(12L, v.get("e"), "an explicit !!str does not change the typing of a plain scalar");
    }

    @Test
    void plainScalarsAreTypedAsBefore() throws Exception {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("0", 0L);
        expected.put("-0", 0L);
        expected.put("+7", 7L);
        expected.put("012", "012");
        expected.put("1.", "1.");
        expected.put(".5", ".5");
        expected.put("-.5", "-.5");
        expected.put("1.5.2", "1.5.2");
        expected.put("+0.50", new BigDecimal("0.50"));
        expected.put("0.0", new BigDecimal("0.0"));
        expected.put("-12.5", new BigDecimal("-12.5"));
        expected.put("1e3", "1e3");
        expected.put("\u0661", "\u0661");
        expected.put("+", "+");
        expected.put("00", "00");
        expected.put("0x1F", "0x1F");
        expected.put("1_000", "1_000");
        expected.put("999999999999999999", 999999999999999999L);
        StringBuilder yaml = new StringBuilder();
        int i = 0;
        for (String text : expected.keySet()) {
            yaml.append("k").append(i++).append(": ").append(text).append('\n');
        }
        Map<String, Object> v = values(yaml.toString());
        i = 0;
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            Object actual = v.get("k" + i++);
            assertEquals(e.getValue(), actual, e.getKey());
            assertEquals(e.getValue().getClass(), actual.getClass(), e.getKey());
        }
        assertEquals("a.yaml:1:4: number has 19 digits; at most 18 are allowed", error("n: 1234567890123456789\n"));
        DataFileReader wide = new DataFileReader(new DataLimits(1024, 8, 8, 100, 25));
        DataFileException overflow = assertThrows(DataFileException.class,
                () -> wide.parse("n: 12345678901234567890\n".getBytes(StandardCharsets.UTF_8), "a.yaml", "a.yaml"));
        assertEquals("a.yaml:1:4: For input string: \"12345678901234567890\"", overflow.getMessage());
    }

    @Test
    void aDuplicateKeyNamesTheLineOfTheFirstKeyThatReadsTheSame() {
        assertEquals("a.yaml:5:3: duplicate key 'k\uFFFD' (first defined at line 3)",
                error("a: 1\nb:\n  \"k\\x01\": 1\n  x: 2\n  \"k\\uFFFD\": 3\n"));
        assertEquals("a.yaml:1:3: a key must be plain text, not a list or map", error("? [1]\n: 2\n"));
        assertEquals("a.yaml:2:1: merge keys (<<) are not supported: write the keys out", error("a: 1\n<<: {b: 2}\n"));
    }

    @Test
    void aliasCyclesAreFoundAndSharedValuesAreNot() throws Exception {
        String cycle = "a.yaml:1:4: nested more than 64 levels deep, or an alias refers to itself";
        assertEquals(cycle, error("a: &x [*x]\n"));
        assertEquals(cycle, error("a: &x {b: *x}\n"));
        assertEquals("a.yaml:1:12: nested more than 64 levels deep, or an alias refers to itself", error("a: &x {b: [&y {c: *y}]}\n"));
        assertEquals(List.of(List.of(1L), List.of(1L)), values("a: &x [1]\nb: [*x, *x]\n").get("b"));
    }

    @Test
    void aliasesAnchorsAndDocumentsFollowTheComposersRules() throws Exception {
        assertEquals("a.yaml:1:4: YAML syntax: found undefined alias x", error("a: *x\n---\nb: 2\n"));
        assertEquals("a.yaml:1:5: YAML syntax: found undefined alias x", error("a: [*x, &x 1]\n"));
        assertEquals("a.yaml:2:1: YAML syntax: but found another document", error("a: 1\n---\nb: 2\n"));
        assertEquals("a.yaml:3:1: YAML syntax: expected ',' or ']', but got <stream end>", error("a: *x\nb: [1\n"),
                "a syntax error anywhere comes before an error of the composer's");
        assertEquals("a.yaml:4:1: YAML syntax: expected the node content, but found '<stream end>'", error("a: 1\n---\nb: [\n"));
        DataFileReader twoAliases = new DataFileReader(new DataLimits(1024, 8, 2, 100, 18));
        assertEquals("a.yaml: YAML: Number of aliases for non-scalar nodes exceeds the specified max=2", assertThrows(DataFileException.class,
                () -> twoAliases.parse("a: &x [1]\nb: [*x, *x, *x]\n".getBytes(StandardCharsets.UTF_8), "a.yaml", "a.yaml")).getMessage());
        assertEquals(List.of(1L, 1L, 1L, 1L), twoAliases.parse("a: &s 1\nb: [*s, *s, *s, *s]\n".getBytes(StandardCharsets.UTF_8), "a.yaml", "a.yaml")
                .values().get("b"), "aliases of scalars are not counted");
        Map<String, Object> v = values("a: &x one\nb: *x\na2: &x two\nc: *x\nd: &k key\n*k : v\n!foo e: 1\n");
        assertEquals("one", v.get("b"));
        assertEquals("two", v.get("c"), "an alias stands for the node most recently anchored with its name");
        assertEquals("v", v.get("key"), "an alias can be a key");
        assertEquals(1L, v.get("e"), "a key's tag is not checked");
        assertEquals("a.yaml:1:4: a key must be plain text, not a list or map", error("a: &k [1]\n*k : v\n"));
        assertEquals("a.yaml:1:4: merge keys (<<) are not supported: write the keys out", error("a: &m <<\nb: {*m : 1}\n"));
        assertEquals("a.yaml:1:5: the tag !foo is not allowed: data files hold plain maps, lists, text and numbers", error("--- !foo\na: 1\n"));
    }
}
