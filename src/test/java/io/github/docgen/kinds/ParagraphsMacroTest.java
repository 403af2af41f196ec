package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import io.github.docgen.render.HardenedFreemarker;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The HTML templates' paragraphs macro matches the markers against a paragraph's first sentence
 * only, and removes trailing spaces with a regular expression only when the paragraph ends in
 * some: for any text it must print exactly what the plain version below (the macro as it was,
 * one regular expression over the whole paragraph for each) prints — quirks included, such as
 * {@code $} matching before a final U+2028.
 */
class ParagraphsMacroTest {
    /** The macro as it was: the reference. */
    private static final String REFERENCE = """
            [#ftl]
            [#assign markerPatterns = [
              "[一二三四五六七八九十百]+、",
              "[（(][一二三四五六七八九十百]+[）)]",
              "[0-9]+[.．](?![0-9])",
              "[（(][0-9]+[）)]"
            ]]
            [#macro lines text][#list text?split("\\n") as line]${line?trim}[#sep]<br>[/#list][/#macro]
            [#macro paragraphs text]
              [#list text?replace("\\r\\n", "\\n")?replace("\\r", "\\n")?split("\\\\n(?:[ \\\\t\\\\u3000]*\\\\n)+", "r") as block]
                [#local para = block?replace("^[\\\\s\\\\u3000]+|[\\\\s\\\\u3000]+$", "", "r")]
                [#if para?has_content]
                  [#local level = 0]
                  [#list markerPatterns as pattern]
                    [#local m = para?matches("(" + pattern + ")([^。\\\\n]*。?)(.*)", "s")]
                    [#if m]
                      [#local level = pattern?index + 1]
                      [#local heading = m?groups[1] + m?groups[2]]
                      [#local rest = m?groups[3]]
                      [#break]
                    [/#if]
                  [/#list]
                  [#if level > 0]
            <p class="l${level}"><span class="h${level}">${heading}</span>[@lines rest /]</p>
                  [#else]
            <p>[@lines para /]</p>
                  [/#if]
                [/#if]
              [/#list]
            [/#macro]
            """;
    private static final String CALL = "@@@[@paragraphs text /]@@@";

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("一、", "十二、", "（一）", "(二)", "（三)", "1.", "12．", "1.5", "（1）", "(23)", "。", "、",
                "标题", "正文内容", "abc", "x", " ", "  ", "\t", "\u3000", "\n", "\n\n", "\n \n", "\n\u3000\n", "\r\n", "\r", "\u000B",
                "\f", "\u0085", "\u2028", "\u2029", "\u0001", "<b>", "&", "中", "\uD83D\uDE00", "\uD800");
        Arbitrary<String> mixed = pieces.list().ofMaxSize(25).map(l -> String.join("", l));
        Arbitrary<String> paragraph = Combinators.combine(Arbitraries.of("", "一、", "（二）", "3.", "（4）", "\u3000\u3000", "  "),
                Arbitraries.strings().withChars("文字，。、中x 1.\u3000").ofMaxLength(40), Arbitraries.of("", "\n", " \n", "\u3000", "\u2028"))
                .as((a, b, c) -> a + b + c);
        Arbitrary<String> structured = paragraph.list().ofMaxSize(6).map(l -> String.join("\n\n", l));
        return Arbitraries.oneOf(mixed, structured);
    }

    @Property(tries = 1500)
    void the2021MacroPrintsWhatThePlainOnePrints(@ForAll("texts") String text) throws Exception {
        assertEquals(render(REFERENCE + CALL, text), render(macros("gov-info-annual-2021") + CALL, text));
    }

    @Property(tries = 500)
    void the2019MacroPrintsWhatThePlainOnePrints(@ForAll("texts") String text) throws Exception {
        assertEquals(render(REFERENCE + CALL, text), render(macros("gov-info-annual-2019") + CALL, text));
    }

    /**
     * The Word templates trim a paragraph with the same function: for any text it gives what the
     * one regular expression they used before gives.
     */
    @Property(tries = 1500)
    void theWordTemplatesTrimAsTheOneExpressionDid(@ForAll("texts") String text) throws Exception {
        String function = GovInfoAnnualDocxTemplateGenerator.DEFINITIONS.stream().filter(d -> d.startsWith("[#function trimmed"))
                .findFirst().orElseThrow();
        assertEquals(render("@@@${text?replace(\"^[\\\\s\\\\u3000]+|[\\\\s\\\\u3000]+$\", \"\", \"r\")}", text),
                render(function + "@@@${trimmed(text)}", text));
    }

    /** The kind's template up to its first output: its assignments, functions and macros. */
    private static String macros(String kind) {
        try {
            String template = Files.readString(Path.of("templates", kind, "parts", "report.ftlh"), StandardCharsets.UTF_8);
            return template.substring(0, template.indexOf("[#assign title ="));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(String source, String text) throws Exception {
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("t.ftlh", source);
        Configuration cfg = HardenedFreemarker.configuration(loader);
        StringWriter out = new StringWriter();
        cfg.getTemplate("t.ftlh").process(Map.of("text", text), out);
        String all = out.toString();
        return all.substring(all.indexOf("@@@"));
    }
}
