package io.github.docgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.data.DataNode;

/** Paths as rules.yaml writes them: keys, [index], * for one level, ** for any depth. */
class DataPathTest {
    private static final String YAML = """
            a:
              rows: {x: [1, 2], y: [3, 4]}
              deeper: {z: {w: [5, 6]}}
            b: 7
            """;

    private static List<String> select(String path) throws Exception {
        DataNode root = new DataFileReader(DataLimits.DEFAULT).parse(YAML.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.yaml", "t.yaml").root();
        return DataPath.parse(path).select(root).stream().map(DataPath.Selected::path).toList();
    }

    @Test
    void keysAndIndexesSelectOneValue() throws Exception {
        assertEquals(List.of("a.rows.x[1]"), select("a.rows.x[1]"));
        assertEquals(List.of("a.rows.x[1]"), select("a.rows.x.1"));
        assertEquals(List.of(), select("a.rows.x[2]"));
        assertEquals(List.of(), select("a.nothing"));
    }

    @Test
    void oneStarIsOneLevelTwoStarsAnyDepth() throws Exception {
        assertEquals(List.of("a.rows.x", "a.rows.y"), select("a.rows.*"));
        assertEquals(List.of("a.rows.x[0]", "a.rows.y[0]"), select("a.rows.*[0]"));
        assertEquals(List.of("a.rows", "a.rows.x", "a.rows.x[0]", "a.rows.x[1]", "a.rows.y", "a.rows.y[0]", "a.rows.y[1]",
                "a.deeper", "a.deeper.z", "a.deeper.z.w", "a.deeper.z.w[0]", "a.deeper.z.w[1]"), select("a.**"));
        assertEquals(List.of("a.deeper.z.w"), select("a.**.w"));
    }

    @Test
    void patternsMatchConcretePaths() {
        assertTrue(DataPath.parse("applications.**").matches("applications.results.notDisclosed.stateSecret"));
        assertTrue(DataPath.parse("reviewsAndLawsuits.*").matches("reviewsAndLawsuits.review"));
        assertFalse(DataPath.parse("reviewsAndLawsuits.*").matches("reviewsAndLawsuits"));
        assertFalse(DataPath.parse("applications.**").matches("applications"));
    }

    @Test
    void concretePathsWithAnyKeyAreSplitWithoutFailing() {
        assertEquals(List.of("a", "rows", "x", "1"), DataPath.split("a.rows.x[1]"));
        assertEquals(List.of("a b+c", "[x]", "0"), DataPath.split("a b+c.[x][0]"));
        assertFalse(DataPath.parse("a.*").matches("a b+c.[x][0]"));
        assertEquals("a b+c.[x][0]", new CellLabels(java.util.Map.of(), List.of()).of("a b+c.[x][0]"));
    }

    @Test
    void anythingButAPathIsRefused() {
        for (String bad : List.of("a + b", "sum(a)", "a..b", ".a", "a.", "a[1", "a.b*", "")) {
            assertThrows(IllegalArgumentException.class, () -> DataPath.parse(bad), bad);
        }
    }
}
