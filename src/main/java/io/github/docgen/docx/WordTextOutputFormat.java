package io.github.docgen.docx;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * How a value is written into the text of a Word run. Every interpolation of a Word template sits
 * inside a {@code w:t} (the compiler only reads tags from run text), so a value is escaped for XML
 * and its line breaks and tabs become Word's own elements: the text element is closed, a
 * {@code <w:br/>} or {@code <w:tab/>} is written into the same run, and a new text element opens,
 * so the run's formatting carries on. Characters XML 1.0 forbids (control characters, lone
 * surrogates, U+FFFE, U+FFFF) are replaced by U+FFFD, so that no value can make the part unreadable.
 */
final class WordTextOutputFormat extends CommonMarkupOutputFormat<WordTextOutputFormat.WordText> {
    static final WordTextOutputFormat INSTANCE = new WordTextOutputFormat();
    static final char REPLACEMENT = '\uFFFD';
    private static final String BREAK = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    private static final String TAB = "</w:t><w:tab/><w:t xml:space=\"preserve\">";

    private WordTextOutputFormat() {
    }

    @Override
    public String getName() {
        return "WordprocessingML text";
    }

    @Override
    public String getMimeType() {
        return "application/xml";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append(BREAK);
                case '\t' -> out.append(TAB);
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append(BREAK); // a lone CR is a line break too; CR LF is one break
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(allowedInXml(c) ? c : REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0 Char, for a single UTF-16 unit that is not part of a surrogate pair. */
    static boolean allowedInXml(char c) {
        return c >= 0x20 && c <= 0xD7FF || c == 0x9 || c == 0xA || c == 0xD || c >= 0xE000 && c <= 0xFFFD;
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected WordText newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new WordText(plainTextContent, markupContent);
    }

    /** Markup made under this format, such as the output captured by {@code [#assign x]...[/#assign]}. */
    static final class WordText extends CommonTemplateMarkupOutputModel<WordText> {
        WordText(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public WordTextOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
