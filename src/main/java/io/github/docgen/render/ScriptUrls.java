package io.github.docgen.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.docgen.data.SourcePosition;
import io.github.docgen.engine.Finding;

/**
 * Auto-escaping keeps data from adding markup, but a link whose URL comes from data can still be
 * {@code javascript:…}. A published page must not run script, so an HTML output with a
 * script-bearing URL in a link or source attribute is refused, naming the line of the output.
 */
final class ScriptUrls {
    private static final Pattern SCRIPT_URL = Pattern.compile(
            "(?i)\\b(href|src|action|formaction|xlink:href)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data:text/html)\\s*:?");

    private ScriptUrls() {
    }

    static Finding find(String html, String templateDisplayName) {
        if (!mayHoldScriptUrl(html)) {
            return null;
        }
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
     * Every match names javascript or vbscript (both hold "script", the colon after it being
     * optional) or data:text/html (holds "data:"); a page without those words needs no regular
     * expression search, which on a long page costs a third of its rendering. The pattern folds
     * ASCII case only, as this does, so this never says no where the pattern would match.
     */
    private static boolean mayHoldScriptUrl(String html) {
        return containsIgnoreCase(html, "script") || containsIgnoreCase(html, "data:");
    }

    private static boolean containsIgnoreCase(String text, String word) {
        char lower = word.charAt(0);
        return startsAnywhere(text, word, lower) || startsAnywhere(text, word, Character.toUpperCase(lower));
    }

    /** indexOf finds the first letter fast (it is vectorised); only there is the word compared. */
    private static boolean startsAnywhere(String text, String word, char first) {
        for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
