package io.github.docgen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.Severity;

/** rules.yaml is read strictly: every mistake in it is named at its line and column. */
class RuleSetReaderTest {

    private static RuleSet read(String yaml) throws RuleSetReader.RulesException {
        return new RuleSetReader().read(yaml.getBytes(StandardCharsets.UTF_8), "kinds/k/rules.yaml");
    }

    private static String mistake(String yaml) {
        RuleSetReader.RulesException e = assertThrows(RuleSetReader.RulesException.class, () -> read(yaml));
        return e.position() + ": " + e.getMessage();
    }

    @Test
    void theBuiltInRulesRead() throws Exception {
        for (String kind : List.of("gov-info-annual-2021", "gov-info-annual-2019")) {
            RuleSet rules = new RuleSetReader().read(Files.readAllBytes(Path.of("templates", kind, "rules.yaml")), kind);
            assertEquals(List.of("R5", "R1", "R2", "R3", "R4", "R6", "R7"), rules.ids(), kind);
            assertEquals(Severity.WARNING, rules.rules().get(rules.rules().size() - 1).info().severity());
            assertEquals("三、（四）1.本机关不掌握相关政府信息 · 总计", rules.labels().of("applications.results.unableToProvide.notHeld[6]"));
        }
    }

    @Test
    void aRuleHasExactlyOneForm() {
        assertEquals("kinds/k/rules.yaml:2:5: rule X: give exactly one of counts/amounts/integers, rows/total/parts, or left/right",
                mistake("rules:\n  - id: X\n    rows: a.*\n    total: 1\n    parts: [0]\n    left: [a]\n    right: [b]\n"));
        assertEquals("kinds/k/rules.yaml:2:5: rule X: give exactly one of counts/amounts/integers, rows/total/parts, or left/right",
                mistake("rules:\n  - id: X\n    description: nothing to check\n"));
    }

    @Test
    void severityIsErrorOrWarning() {
        assertEquals("kinds/k/rules.yaml:3:15: severity: expected error or warning, found 'fatal'",
                mistake("rules:\n  - id: X\n    severity: fatal\n    counts: [a]\n"));
    }

    @Test
    void columnsOfARowSumAreAllIndexesOrAllKeys() {
        assertEquals("kinds/k/rules.yaml:5:12: parts: expected columns of the same sort as total (all indexes or all keys)",
                mistake("rules:\n  - id: X\n    rows: a.*\n    total: 2\n    parts: [0, b]\n"));
    }

    @Test
    void aRuleNeedsAnId() {
        assertEquals("kinds/k/rules.yaml:2:5: a rule needs 'id'", mistake("rules:\n  - counts: [a]\n"));
    }
}
