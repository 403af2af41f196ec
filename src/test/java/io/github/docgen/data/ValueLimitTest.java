package io.github.docgen.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The value limit: the values of a data file are counted the same way in YAML and JSON (every map,
 * list and single value; an alias once more for every value it stands for), the message names the
 * limit and how to raise it, and mentions aliases only in a file that has them.
 */
class ValueLimitTest {
    private static final String LIMIT = "the value limit of a data file, which a project can raise with the maxValues parameter (-Ddocgen.maxValues)";

    private static DataFile read(DataLimits limits, String name, String text) throws DataFileException {
        return new DataFileReader(limits).parse(text.getBytes(StandardCharsets.UTF_8), name, name);
    }

    private static String error(DataLimits limits, String name, String text) {
        return assertThrows(DataFileException.class, () -> read(limits, name, text)).getMessage();
    }

    /** 33,400 records of two values: 100,203 values with the record maps, the list and the top map around them. */
    private static String records(boolean json) {
        StringBuilder text = new StringBuilder(json ? "{\"kind\": \"register\", \"records\": [\n" : "kind: register\nrecords:\n");
        for (int i = 0; i < 33_400; i++) {
            text.append(json ? (i == 0 ? "" : ",\n") + "{\"no\": " + i + ", \"name\": \"件" + i + "\"}"
                    : "  - {no: " + i + ", name: 件" + i + "}\n");
        }
        return text.append(json ? "]}\n" : "").toString();
    }

    @Test
    void yamlAndJsonCountTheSameValues() throws Exception {
        String yaml = "a: [1, 2]\nb: {c: x}\n";
        String json = "{\"a\": [1, 2], \"b\": {\"c\": \"x\"}}";
        // The top map, a, its two numbers, b and c: six values.
        DataLimits six = DataLimits.DEFAULT.withMaxValues(6);
        assertEquals(read(six, "a.yaml", yaml).values(), read(six, "a.json", json).values());
        DataLimits five = DataLimits.DEFAULT.withMaxValues(5);
        assertEquals("a.yaml:2:8: more than 5 values (maps, lists and single values): " + LIMIT, error(five, "a.yaml", yaml));
        assertEquals("a.json:1:26: more than 5 values (maps, lists and single values): " + LIMIT, error(five, "a.json", json));
    }

    @Test
    void aLongListWithoutAliasesIsRefusedAlikeAndNotCalledAnAliasLimit() {
        String yaml = error(DataLimits.DEFAULT, "a.yaml", records(false));
        String json = error(DataLimits.DEFAULT, "a.json", records(true));
        String reason = "more than 100000 values (maps, lists and single values): " + LIMIT;
        assertTrue(yaml.endsWith(": " + reason), yaml);
        assertTrue(json.endsWith(": " + reason), json);
        assertFalse(yaml.contains("alias"), yaml);
    }

    @Test
    void aProjectCanRaiseTheLimit() throws Exception {
        DataLimits raised = DataLimits.DEFAULT.withMaxValues(200_000);
        assertEquals(33_400, ((List<?>) read(raised, "a.yaml", records(false)).values().get("records")).size());
        assertEquals(33_400, ((List<?>) read(raised, "a.json", records(true)).values().get("records")).size());
        assertThrows(IllegalArgumentException.class, () -> DataLimits.DEFAULT.withMaxValues(0));
    }

    @Test
    void aliasesCountEveryValueTheyStandForAndTheMessageSaysSo() throws Exception {
        String yaml = "a: &x [1, 2, 3]\nb: [*x, *x]\n";
        // The top map, a and its three numbers, b, and each alias's list and three numbers again: 14.
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(1L, 2L, 3L)), read(DataLimits.DEFAULT.withMaxValues(14), "a.yaml", yaml).values().get("b"));
        assertEquals("a.yaml:1:14: more than 13 values (maps, lists and single values, an alias counting every value it stands for): " + LIMIT,
                error(DataLimits.DEFAULT.withMaxValues(13), "a.yaml", yaml));
    }
}
