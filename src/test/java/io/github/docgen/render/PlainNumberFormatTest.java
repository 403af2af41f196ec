package io.github.docgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import freemarker.template.SimpleNumber;

/** Small whole numbers come from a table; every number must still print as the data file wrote it. */
class PlainNumberFormatTest {
    @Test
    void numbersPrintAsToPlainStringPrintsThem() throws Exception {
        PlainNumberFormat format = (PlainNumberFormat) PlainNumberFormat.FACTORY.get("", null, null);
        List<Number> numbers = new ArrayList<>();
        for (int i = -3; i < 1_200; i++) {
            numbers.add(BigDecimal.valueOf(i));
            numbers.add((long) i);
            numbers.add(i);
        }
        for (String s : List.of("1.10", "0.0", "0.00", "100.0", "1E+2", "1E+3", "999", "999.0", "1000", "-0", "0E-5", "5E-1",
                "123456789012345678901234567890", "59237.2449", "-1", "007")) {
            numbers.add(new BigDecimal(s));
        }
        numbers.add(new BigDecimal(new BigInteger("5"), 0));
        numbers.add(Long.MAX_VALUE);
        numbers.add(Long.MIN_VALUE);
        numbers.add(Integer.MIN_VALUE);
        for (Number n : numbers) {
            String expected = n instanceof BigDecimal d ? d.toPlainString() : n.toString();
            assertEquals(expected, format.formatToPlainText(new SimpleNumber(n)), n + " (" + n.getClass().getSimpleName() + ")");
        }
    }
}
