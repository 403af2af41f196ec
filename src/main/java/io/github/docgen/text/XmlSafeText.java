package io.github.docgen.text;

/**
 * The policy for characters that XML 1.0 forbids (C0 controls other than tab, newline and carriage
 * return; lone surrogates; U+FFFE and U+FFFF): each becomes U+FFFD when the data is read, so every
 * output — HTML, XML, Word — always parses, and the reader sees where something was lost.
 */
public final class XmlSafeText {
    public static final char REPLACEMENT = '\uFFFD';

    private XmlSafeText() {
    }

    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text; // the common case allocates nothing
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(allowed(c) && !Character.isSurrogate(c) ? c : REPLACEMENT);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE) {
                continue; // nearly every character: printable and below the surrogates, one test
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (!allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }
}
