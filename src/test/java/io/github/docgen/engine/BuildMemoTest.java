package io.github.docgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.data.DataNode;

/** The check goal hands what it parsed to the generate goal of the same build: once, for the same bytes only. */
class BuildMemoTest {
    private final DataFileReader reader = new DataFileReader(DataLimits.DEFAULT);
    private final List<String> parsed = new ArrayList<>();
    private final Map<String, Object> build = new HashMap<>();

    private DataFile parse(BuildMemo memo, String text, String settings, boolean keep) throws Exception {
        return memo.parse(text.getBytes(StandardCharsets.UTF_8), "a.yaml", settings, keep, bytes -> {
            parsed.add(new String(bytes, StandardCharsets.UTF_8));
            return reader.parse(bytes, "a.yaml", "src/docgen/a.yaml");
        });
    }

    @Test
    void generateTakesTheFileCheckParsedOnceAndOnlyOnce() throws Exception {
        DataFile checked = parse(new BuildMemo(build), "kind: memo\ntitle: A\n", "s", true);
        assertSame(checked, parse(new BuildMemo(build), "kind: memo\ntitle: A\n", "s", false), "generate after check parses nothing");
        assertEquals(1, parsed.size());
        parse(new BuildMemo(build), "kind: memo\ntitle: A\n", "s", false);
        assertEquals(2, parsed.size(), "handed over once: a second generate parses again");
    }

    @Test
    void aFileChangedBetweenTheGoalsIsParsedAgain() throws Exception {
        parse(new BuildMemo(build), "kind: memo\ntitle: A\n", "s", true);
        DataFile generated = parse(new BuildMemo(build), "kind: memo\ntitle: B\n", "s", false);
        assertEquals("B", ((DataNode.ScalarNode) generated.root().get("title")).value());
        assertEquals(2, parsed.size());
    }

    @Test
    void otherSettingsParseAgain() throws Exception {
        parse(new BuildMemo(build), "kind: memo\ntitle: A\n", "limits 1", true);
        parse(new BuildMemo(build), "kind: memo\ntitle: A\n", "limits 2", false);
        assertEquals(2, parsed.size());
    }

    @Test
    void onlyWhatFitsTheBudgetIsKept() throws Exception {
        String text = "kind: memo\ntitle: A\n"; // 20 bytes, counted four times over
        parse(new BuildMemo(build, 79), text, "s", true);
        parse(new BuildMemo(build, 79), text, "s", false);
        assertEquals(2, parsed.size(), "over the budget: not kept");
        parse(new BuildMemo(build, 80), text, "s", true);
        parse(new BuildMemo(build, 80), text, "s", false);
        assertEquals(3, parsed.size(), "within it: kept");
    }

    @Test
    void generateAloneKeepsNothing() throws Exception {
        parse(new BuildMemo(build), "kind: memo\ntitle: A\n", "s", false);
        parse(new BuildMemo(build), "kind: memo\ntitle: A\n", "s", false);
        assertEquals(2, parsed.size());
    }
}
