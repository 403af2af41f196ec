package io.github.docgen.render;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.Finding;

/**
 * Auto-escaping keeps data from adding markup, but a link whose URL comes from data can still be
 * {@code javascript:…}. A published page must not run script, so an HTML output with a
 * script-bearing URL in a link or source attribute is refused, naming the line of the output.
 */
final class ScriptUrls {
    private static final Pattern SCRIPT_URL = Pattern.compile(
            "(?i)\\b(href|src|action|formaction|xlink:href)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data:text/html)\\s*:?");

    private static final byte[] SCRIPT = "script".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);
    /** Where the p of "script" and the colon of "data:" are in the word. */
    private static final int WORD_END = 4;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ScriptUrls() {
    }

    /**
     * The check of an output held as UTF-8 ({@code length} bytes of {@code utf8}): the same finding
     * as {@link #find(String, String)} of its text. A match names javascript, vbscript (both hold
     * "script", the colon after it being optional) or data:text/html (holds "data:"), in ASCII
     * letters of either case, as the pattern folds ASCII case only; in UTF-8 those are the same
     * bytes, and no byte of a multi-byte character is ASCII. So a page without either word needs
     * no text and no regular expression search, which on a long page costs a third of its rendering.
     */
    static Finding find(byte[] utf8, int length, String templateDisplayName) {
        if (!mayHoldScriptUrl(utf8, length)) {
            return null;
        }
        return find(new String(utf8, 0, length, StandardCharsets.UTF_8), templateDisplayName);
    }

    static Finding find(String html, String templateDisplayName) {
        Matcher m = SCRIPT_URL.matcher(html);
        if (!m.find()) {
            return null;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (html.charAt(i) == '\n') {
                line++;
            }
        }
        return Finding.error(SourcePosition.ofFile(templateDisplayName), "UNSAFE-URL",
                "the output would hold a " + m.group(2).toLowerCase() + ": URL in a " + m.group(1) + " attribute (output line "
                        + line + "); published pages must not run script");
    }

    /**
     * Whether "script" or "data:" is in the bytes, in any ASCII case: wherever a p or a colon
     * (the fifth letter of either word) is, the word is compared. Eight bytes are looked at in one
     * step, with word arithmetic (a byte of {@code x} is zero where {@code x - 0x01…} borrows into
     * its top bit and {@code x} itself has none): a byte-by-byte loop costs as much as encoding the page.
     */
    static boolean mayHoldScriptUrl(byte[] text, int length) {
        int at = WORD_END;
        for (; at + 8 <= length; at += 8) {
            long folded = (long) LONGS.get(text, at) | 0x2020202020202020L; // P becomes p; p and the colon stay
            long p = folded ^ 0x7070707070707070L;
            long colon = folded ^ 0x3A3A3A3A3A3A3A3AL;
            long zeroes = ((p - 0x0101010101010101L) & ~p | (colon - 0x0101010101010101L) & ~colon) & 0x8080808080808080L;
            if (zeroes != 0 && anyWordEndsIn(text, length, at, at + 8)) {
                return true;
            }
        }
        return anyWordEndsIn(text, length, at, length);
    }

    private static boolean anyWordEndsIn(byte[] text, int length, int from, int to) {
        for (int i = from; i < to; i++) {
            int folded = text[i] | 0x20;
            if (folded == 'p' && startsWith(text, length, i - WORD_END, SCRIPT)
                    || folded == ':' && startsWith(text, length, i - WORD_END, DATA)) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} (lower-case letters and punctuation) at {@code at}, a letter in either case. */
    private static boolean startsWith(byte[] text, int length, int at, byte[] word) {
        if (at + word.length > length) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            byte b = text[at + j];
            byte w = word[j];
            if (b != w && (w < 'a' || w > 'z' || b != w - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

}
