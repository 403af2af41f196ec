package io.github.docgen.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written in Chinese numerals (二〇二二年一月二十日), as official documents sometimes date them. */
final class ChineseNumerals {
    private static final Pattern DATE = Pattern.compile("([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The text with a date in Chinese numerals written in Arabic ones; other text as it is. */
    static String inDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder year = new StringBuilder();
        for (char c : m.group(1).toCharArray()) {
            year.append(c == '零' || c == '○' || c == 'Ｏ' ? 0 : DIGITS.indexOf(c));
        }
        return text.substring(0, m.start()) + year + "年" + small(m.group(2)) + "月" + small(m.group(3)) + "日" + text.substring(m.end());
    }

    /** 一 … 三十一. */
    private static int small(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(numeral.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0));
        int ones = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
