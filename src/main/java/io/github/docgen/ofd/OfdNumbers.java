package io.github.docgen.ofd;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as OFD attributes hold them: millimetres to the micrometre, no trailing zeros, a dot as
 * decimal separator. ofdrw-core's own formatting follows the JVM's default locale (a comma in many),
 * so every number is written through here instead.
 */
final class OfdNumbers {
    private OfdNumbers() {
    }

    static String of(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    static String of(double... values) {
        StringBuilder out = new StringBuilder();
        for (double value : values) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(of(value));
        }
        return out.toString();
    }
}
