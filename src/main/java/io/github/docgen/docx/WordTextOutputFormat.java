package io.github.docgen.docx;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import io.github.docgen.text.XmlSafeText;

/**
 * How a value is written into the text of a Word run. Every interpolation of a Word template sits
 * inside a {@code w:t} (the compiler only reads tags from run text), so a value is escaped for XML
 * and its line breaks and tabs become Word's own elements: the text element is closed, a
 * {@code <w:br/>} or {@code <w:tab/>} is written into the same run, and a new text element opens,
 * so the run's formatting carries on. Characters XML 1.0 forbids become U+FFFD ({@link XmlSafeText}),
 * so that no value can make the part unreadable.
 */
final class WordTextOutputFormat extends CommonMarkupOutputFormat<WordTextOutputFormat.WordText> {
    static final WordTextOutputFormat INSTANCE = new WordTextOutputFormat();
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
    public String escapePlainText(String value) {
        if (isPlain(value)) {
            return value; // most values (numbers, prose) need nothing: one pass, no copy
        }
        String text = XmlSafeText.clean(value); // data is cleaned when read; values a template computes are cleaned here
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
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #escapePlainText} would return the text as it is: no character to escape, no
     * line break or tab, nothing {@link XmlSafeText} replaces. Surrogates (even in pairs) and
     * U+FFFE/U+FFFF are left to the full way, which knows them.
     */
    static boolean isPlain(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x3F ? c < 0x20 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\''
                    : c >= Character.MIN_SURROGATE && (c <= Character.MAX_SURROGATE || c >= 0xFFFE)) {
                return false;
            }
        }
        return true;
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
