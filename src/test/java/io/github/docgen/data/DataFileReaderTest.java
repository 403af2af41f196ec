package io.github.docgen.data;

import io.github.docgen.diagnostic.SourcePosition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataFileReaderTest {
    private final DataFileReader reader = new DataFileReader(DataLimits.DEFAULT);

    private DataFile yaml(String text) throws DataFileException {
        return reader.parse(text.getBytes(StandardCharsets.UTF_8), "2021/a.yaml", "src/docgen/2021/a.yaml");
    }

    private DataFile json(String text) throws DataFileException {
        return reader.parse(text.getBytes(StandardCharsets.UTF_8), "2021/a.json", "src/docgen/2021/a.json");
    }

    private DataFileException yamlError(String text) {
        return assertThrows(DataFileException.class, () -> yaml(text));
    }

    @Test
    void yamlTypingKeepsWhatAClerkWrote() throws Exception {
        Map<String, Object> v = yaml("""
                answer: NO
                switch: on
                code: 012
                version: 1.10
                date: 2024-01-01
                count: 1808595
                fee: 59237.2449
                flag: true
                empty:
                quoted: "12"
                """).values();
        assertEquals("NO", v.get("answer"), "NO stays text (no YAML 1.1 boolean)");
        assertEquals("on", v.get("switch"));
        assertEquals("012", v.get("code"), "a leading zero keeps the text, not octal 10");
        assertEquals(new BigDecimal("1.10"), v.get("version"), "1.10 keeps its trailing zero");
        assertEquals("1.10", v.get("version").toString());
        assertEquals("2024-01-01", v.get("date"), "dates stay ISO text");
        assertEquals(1808595L, v.get("count"));
        assertEquals(new BigDecimal("59237.2449"), v.get("fee"));
        assertEquals(Boolean.TRUE, v.get("flag"));
        assertNull(v.get("empty"));
        assertTrue(v.containsKey("empty"));
        assertEquals("12", v.get("quoted"));
    }

    @Test
    void everyValueKnowsItsLineAndColumn() throws Exception {
        DataFile file = yaml("""
                kind: x
                applications:
                  received: [1, 0, 7]
                """);
        DataNode.MapNode apps = (DataNode.MapNode) file.root().get("applications");
        DataNode.ListNode received = (DataNode.ListNode) apps.get("received");
        assertEquals(new SourcePosition("src/docgen/2021/a.yaml", 3, 20), received.items().get(2).position());
        assertEquals("x", file.kind());
    }

    @Test
    void jsonValuesKnowTheirPositionsToo() throws Exception {
        DataFile file = json("{\n  \"kind\": \"x\",\n  \"n\": [1, 2.50]\n}");
        DataNode.ListNode n = (DataNode.ListNode) file.root().get("n");
        assertEquals(3, n.items().get(1).position().line());
        assertEquals(new BigDecimal("2.50"), n.items().get(1).toPlain());
        assertEquals(1L, n.items().get(0).toPlain());
    }

    @Test
    void duplicateKeysCiteBothLines() {
        DataFileException e = yamlError("a: 1\nb:\n  c: 1\n  c: 2\n");
        assertEquals(4, e.position().line());
        assertTrue(e.reason().contains("duplicate key 'c'") && e.reason().contains("line 3"), e.reason());
        DataFileException top = yamlError("a: 1\na: 2\n");
        assertEquals("src/docgen/2021/a.yaml:2:1: duplicate key 'a' (first defined at line 1)", top.getMessage());
        DataFileException j = assertThrows(DataFileException.class, () -> json("{\"a\": 1,\n \"a\": 2}"));
        assertEquals(2, j.position().line());
        assertTrue(j.reason().contains("Duplicate field 'a'"), j.reason());
    }

    @Test
    void syntaxErrorsAreOneLocatedLine() {
        DataFileException e = yamlError("a: [1, 2\nb: 3\n");
        assertTrue(e.getMessage().startsWith("src/docgen/2021/a.yaml:"), e.getMessage());
        assertTrue(e.position().line() > 0);
        assertEquals(-1, e.getMessage().indexOf('\n'));
        DataFileException j = assertThrows(DataFileException.class, () -> json("{\"a\": }"));
        assertEquals(new SourcePosition("src/docgen/2021/a.json", 1, 7), j.position());
    }

    @Test
    void aliasesResolveAndMergeKeysAreRefused() throws Exception {
        Map<String, Object> v = yaml("base: &b [1, 2]\ncopy: *b\n").values();
        assertEquals(List.of(1L, 2L), v.get("copy"));
        assertTrue(yamlError("a: &a {x: 1}\nb:\n  <<: *a\n").reason().contains("merge keys"));
    }

    @Test
    void noClassIsEverBuiltFromATag() {
        DataFileException e = yamlError("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
        assertTrue(e.reason().contains("is not allowed"), e.reason());
    }

    @Test
    void billionLaughsAndDeepNestingAreBounded() {
        StringBuilder laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                laughs.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            laughs.append("]\n");
        }
        assertTrue(yamlError(laughs.toString()).reason().toLowerCase().contains("alias"));
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000);
        assertTrue(yamlError(deep).reason().contains("nested more than"));
        DataFileException j = assertThrows(DataFileException.class, () -> json("{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
        assertTrue(j.reason().toLowerCase().contains("depth"), j.reason());
    }

    @Test
    void hugeNumbersAreRefused() {
        assertTrue(yamlError("n: " + "9".repeat(2000) + "\n").reason().contains("digits"));
        assertThrows(DataFileException.class, () -> json("{\"n\": " + "9".repeat(2000) + "}"));
    }

    @Test
    void encodingProblemsNameTheByteOffset() throws Exception {
        byte[] bad = {'a', ':', ' ', 'x', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        DataFileException e = assertThrows(DataFileException.class, () -> reader.parse(bad, "a.yaml", "a.yaml"));
        assertEquals("a.yaml:2:4: invalid UTF-8 at byte offset 8", e.getMessage());
        byte[] utf16 = "a: 1".getBytes(StandardCharsets.UTF_16LE);
        assertTrue(assertThrows(DataFileException.class, () -> reader.parse(utf16, "a.yaml", "a.yaml")).reason().contains("NUL"));
        byte[] bom = ("\uFEFFa: 1").getBytes(StandardCharsets.UTF_8);
        assertEquals(1L, reader.parse(bom, "a.yaml", "a.yaml").values().get("a"));
    }

    @Test
    void theTopLevelMustBeAMap() {
        assertTrue(yamlError("- 1\n- 2\n").reason().contains("map"));
        assertTrue(yamlError("").reason().contains("no data"));
    }
}
