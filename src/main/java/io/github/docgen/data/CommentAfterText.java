package io.github.docgen.data;

/**
 * Finds a YAML comment that follows a text value on its line closely enough that its '#' may
 * have been meant as part of the text: {@code intro: 第1号 #2 文件} reads as the text "第1号" and a
 * comment, silently. A comment set apart as comments are usually written — two spaces or more
 * before the '#' and a space after it, as yamllint asks — is taken for a comment.
 */
final class CommentAfterText {
    private final String text;
    /** Whether some character takes two chars (then snakeyaml's code point indexes differ from char indexes). */
    private final boolean surrogates;
    /** The last code point index turned into a char index, to go on from there (values come in file order). */
    private int lastCodePoint;
    private int lastChar;

    private CommentAfterText(String text) {
        this.text = text;
        this.surrogates = text.codePointCount(0, text.length()) != text.length();
    }

    /** A finder for the text, or null when the text holds no '#' at all (most data files need no search). */
    static CommentAfterText in(String text) {
        return text.indexOf('#') < 0 ? null : new CommentAfterText(text);
    }

    /**
     * The comment that closely follows a plain value ending at code point index {@code end}, as
     * written from its '#' to the end of the line, or null when none does.
     */
    String closeComment(int end) {
        int start = charIndex(end);
        int hash = start;
        while (hash < text.length() && (text.charAt(hash) == ' ' || text.charAt(hash) == '\t')) {
            hash++;
        }
        if (hash == start || hash == text.length() || text.charAt(hash) != '#') {
            return null;
        }
        int lineEnd = hash;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        boolean spaceAfter = hash + 1 == lineEnd || text.charAt(hash + 1) == ' ' || text.charAt(hash + 1) == '\t';
        if (hash - start >= 2 && spaceAfter) {
            return null;
        }
        return text.substring(hash, lineEnd).strip();
    }

    private int charIndex(int codePoint) {
        if (!surrogates) {
            return codePoint;
        }
        if (codePoint < lastCodePoint) { // an alias went back to an earlier value
            lastCodePoint = 0;
            lastChar = 0;
        }
        lastChar = text.offsetByCodePoints(lastChar, codePoint - lastCodePoint);
        lastCodePoint = codePoint;
        return lastChar;
    }
}
