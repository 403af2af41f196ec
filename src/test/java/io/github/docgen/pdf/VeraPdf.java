package io.github.docgen.pdf;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the PDF Association's validator, run in the test's JVM. Its built-in profiles cover
 * PDF/A ({@link PDFAFlavour#PDFA_3_A}, …) and PDF/UA ({@link PDFAFlavour#PDFUA_1}, the Matterhorn
 * checks veraPDF can make by machine), loaded by flavour from the profile directory in its core jar.
 */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The rules {@code pdf} breaks under {@code flavour}, one line each — clause, test number, how
     * many times it failed and the rule's description — in clause order; empty when it is compliant.
     */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (!result.isCompliant() && result.getFailedChecks().isEmpty()) {
                return List.of("not compliant, no rule named: validation ended " + result.getJobEndStatus());
            }
            return result.getFailedChecks().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(RuleId::getClause).thenComparing(RuleId::getTestNumber)))
                    .map(failed -> line(failed.getKey(), failed.getValue(), result.getValidationProfile().getRuleByRuleId(failed.getKey())))
                    .toList();
        }
    }

    private static String line(RuleId id, int count, Rule rule) {
        String description = rule != null ? rule.getDescription() : "(no description in the profile)";
        return id.getSpecification().getId() + " " + id.getClause() + "-" + id.getTestNumber() + " (failed " + count + "×): "
                + description;
    }
}
