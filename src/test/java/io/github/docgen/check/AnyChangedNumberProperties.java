package io.github.docgen.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.TestProject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any change to one number of the valid sample report, the checks either still pass (a
 * number no rule constrains) or report an error on the line of the changed cell — in table 三 and
 * 四 every row is one line, so the row's own sum rule points there.
 */
class AnyChangedNumberProperties {
    private static final SampleReport SAMPLE = SampleReport.of(SampleReport.SAMPLE_2021);
    private static final List<int[]> PLACES = SAMPLE.numberPlaces();

    @Provide
    Arbitrary<int[]> place() {
        return Arbitraries.of(PLACES);
    }

    @Property(tries = 150)
    void theChecksPassOrNameTheChangedLine(@ForAll("place") int[] place,
                                           @ForAll("replacement") String replacement) throws Exception {
        Path dir = Files.createTempDirectory("changed-number");
        String yaml = SAMPLE.number(place[0], place[1], replacement).text();
        CheckResult result = Checks.run(new TestProject(dir).file("src/docgen/2021/a.yaml", yaml));
        List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
        assertTrue(errors.isEmpty() || errors.stream().anyMatch(f -> f.position().line() == place[0]),
                "changed line " + place[0] + " number " + place[1] + " to " + replacement + ": " + errors);
    }

    @Provide
    Arbitrary<String> replacement() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 5000).map(String::valueOf),
                Arbitraries.of("-1", "1.5", "'/'", "''", "减4", "99999"));
    }
}
