package io.github.docgen.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Compares the labels agencies publish with the official ones. Published labels differ in small
 * ways — full-width digits and dots ({@code 1．属于国家秘密}), ASCII or full-width brackets,
 * spaces, a word changed ({@code 三类内容事务信息}, {@code 只计这一情况}) — so labels are compared
 * after NFKC folding and without spaces or quotes, by the share of character pairs they have in
 * common (the Dice coefficient of their bigrams).
 */
final class Labels {
    private Labels() {
    }

    /** NFKC (full-width to half-width), without white space and quotes, and 、 after a digit as a dot. */
    static String normal(String label) {
        String folded = Normalizer.normalize(label, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (VisibleText.isBlank(c) || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’') {
                continue;
            }
            if (c == '、' && out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1))) {
                c = '.';
            }
            out.append(c);
        }
        return out.toString();
    }

    /** How alike two normal labels are, from 0 (no pair of characters in common) to 1 (the same). */
    static double likeness(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer left = pairs.get(b.substring(i, i + 2));
            if (left != null && left > 0) {
                common++;
                pairs.put(b.substring(i, i + 2), left - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }
}
