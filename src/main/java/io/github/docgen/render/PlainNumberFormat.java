package io.github.docgen.render;

import java.math.BigDecimal;
import java.util.Locale;

import freemarker.core.Environment;
import freemarker.core.TemplateFormatUtil;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.TemplateValueFormatException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;

/**
 * The default number format: numbers print as the data file wrote them, with no grouping and no
 * rounding ({@code 1808595}, {@code 59237.2449}, and {@code 1.10} keeps its zero). A template that
 * wants another form asks for it ({@code ?string("0.00")}).
 */
final class PlainNumberFormat extends TemplateNumberFormat {
    static final String NAME = "plain";
    static final TemplateNumberFormatFactory FACTORY = new TemplateNumberFormatFactory() {
        @Override
        public TemplateNumberFormat get(String params, Locale locale, Environment env) throws TemplateValueFormatException {
            TemplateFormatUtil.checkHasNoParameters(params);
            return INSTANCE;
        }
    };
    private static final PlainNumberFormat INSTANCE = new PlainNumberFormat();
    /**
     * Whole numbers below this are printed from a table made once: the tables of a report are
     * mostly small counts, and printing one otherwise makes a new String each time.
     */
    private static final int SMALL = 1000;
    private static final BigDecimal SMALL_DECIMAL = BigDecimal.valueOf(SMALL);
    private static final String[] SMALL_NUMBERS = new String[SMALL];

    static {
        for (int i = 0; i < SMALL; i++) {
            SMALL_NUMBERS[i] = Integer.toString(i);
        }
    }

    @Override
    public String formatToPlainText(TemplateNumberModel model) throws TemplateModelException, TemplateValueFormatException {
        Number n = TemplateFormatUtil.getNonNullNumber(model);
        if (n instanceof BigDecimal d) {
            if (d.scale() == 0 && d.signum() >= 0 && d.compareTo(SMALL_DECIMAL) < 0) {
                return SMALL_NUMBERS[d.intValue()]; // as toPlainString prints it: scale 0 has no point, no exponent
            }
            return d.toPlainString();
        }
        if (n instanceof Long || n instanceof Integer) {
            long v = n.longValue();
            return v >= 0 && v < SMALL ? SMALL_NUMBERS[(int) v] : n.toString();
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    @Override
    public boolean isLocaleBound() {
        return false;
    }

    @Override
    public String getDescription() {
        return "plain, as written in the data file";
    }
}
