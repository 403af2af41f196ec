package io.github.docgen.kinds;

import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.BODY;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.DIRECTIVE;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.DRAFT_MARK;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.LEVEL1;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.LEVEL2;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.LEVEL3;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.PAGE_NUMBER_EVEN;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.PAGE_NUMBER_ODD;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.SECTION_HEADING;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.SIGNATURE;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.TITLE;
import static io.github.docgen.wordml.Wml.paragraph;
import static io.github.docgen.wordml.Wml.run;
import static io.github.docgen.wordml.Xml.el;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.docgen.wordml.DocxPackage;
import io.github.docgen.wordml.Wml;
import io.github.docgen.wordml.Xml;

/**
 * Writes {@code templates/gov-info-annual-2021/report.docx} and
 * {@code templates/gov-info-annual-2019/report.docx}, the official Word templates of the report in
 * its two formats, laid out per GB/T 9704 alike and differing only in their tables. Generated rather than drawn in Word so that every setting is
 * reviewable in this file and the template changes only by a commit that shows why.
 *
 * <pre>mvn -q test-compile && java -cp target/test-classes io.github.docgen.kinds.GovInfoAnnualDocxTemplateGenerator</pre>
 * (it needs nothing but the JDK, so no plugin has to be resolved).
 */
public final class GovInfoAnnualDocxTemplateGenerator {
    /**
     * Set once at the top of the template: the patterns of report.ftlh, so the Word document and
     * the web page detect the same structured paragraphs. Each comment stays in the template for
     * the maintainer and, alone in its paragraph, leaves no trace in the output.
     */
    static final List<String> DEFINITIONS = List.of(
            "[#-- Level markers of official documents (GB/T 9704): 一、 / （一） / 1. / （1）, half-width brackets too. "
                    + "Group 1 is the marker and the first sentence (through the first 。, or the whole first line), group 2 the rest. "
                    + "\"1.\" before a digit is no marker: 1.5亿元 is body text. --]",
            "[#assign level1 = \"([一二三四五六七八九十百]+、[^。\\\\n]*。?)(.*)\"]",
            "[#assign level2 = \"([（(][一二三四五六七八九十百]+[）)][^。\\\\n]*。?)(.*)\"]",
            "[#assign level3 = \"((?:[0-9]+[.．](?![0-9])|[（(][0-9]+[）)])[^。\\\\n]*。?)(.*)\"]",
            "[#-- A blank line (spaces allowed) separates paragraphs; spaces around a paragraph are editor debris. --]",
            "[#assign paragraphBreak = \"\\\\n(?:[ \\\\t\\\\u3000]*\\\\n)+\"]",
            "[#-- Without the spaces around it, as report.ftlh trims: a regular expression reads every character, so each "
                    + "end is only replaced when its last characters show spaces there (a space before a final line separator "
                    + "counts, as $ matches there too). --]",
            "[#function trimmed text]"
                    + "[#local text = (text?has_content && text[0]?matches(\"[\\\\s\\\\u3000]\"))"
                    + "?then(text?replace(\"^[\\\\s\\\\u3000]+\", \"\", \"r\"), text)]"
                    + "[#local tail = (text?length > 2)?then(text[text?length - 2..], text)]"
                    + "[#return tail?matches(\".*[\\\\s\\\\u3000][\\\\u0085\\\\u2028\\\\u2029]?\", \"s\")"
                    + "?then(text?replace(\"[\\\\s\\\\u3000]+$\", \"\", \"r\"), text)]"
                    + "[/#function]",
            "[#assign results = applications.results]");

    private GovInfoAnnualDocxTemplateGenerator() {
    }

    /** Writes both templates, relative to the working directory (the project folder). */
    public static void main(String[] args) throws IOException {
        for (GovInfoAnnualFormat format : GovInfoAnnualFormat.values()) {
            Path target = format.template();
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, generate(format));
            System.out.println("wrote " + target);
        }
    }

    static byte[] generate(GovInfoAnnualFormat format) {
        DocxPackage docx = new DocxPackage(format.title());
        docx.wordPart("styles", "styles.xml", GovInfoAnnualDocxStyles.stylesXml());
        docx.wordPart("settings", "settings.xml", settingsXml());
        docx.wordPart("fontTable", "fontTable.xml", GovInfoAnnualDocxStyles.fontTableXml());
        String oddFooter = docx.wordPart("footer", "footer1.xml", footerXml(PAGE_NUMBER_ODD));
        String evenFooter = docx.wordPart("footer", "footer2.xml", footerXml(PAGE_NUMBER_EVEN));
        Xml body = el("w:body").add(content(format)).add(GbT9704Page.sectionProperties(oddFooter, evenFooter));
        return docx.toBytes(Wml.root("w:document").add(body).document());
    }

    private static List<Xml> content(GovInfoAnnualFormat format) {
        List<Xml> content = new ArrayList<>();
        DEFINITIONS.forEach(definition -> content.add(directive(definition)));
        content.add(directive("[#if doc.draft!false]"));
        content.add(paragraph(DRAFT_MARK, run("征求意见稿")));
        content.add(directive("[/#if]"));
        // Title: agency over the rest, the short-over-long shape GB/T 9704 asks of a two-line title.
        content.add(paragraph(TITLE, run("${agency}"), Wml.lineBreak(), run("${year}年政府信息公开工作年度报告")));
        content.add(paragraph(BODY)); // one empty line between title and body

        content.add(directive("[#if intro??]"));
        content.addAll(paragraphsOf("intro"));
        content.add(directive("[#else]"));
        content.add(paragraph(BODY, run("根据《中华人民共和国政府信息公开条例》规定，现公布${agency}${year}年政府信息公开工作年度报告。")));
        content.add(directive("[/#if]"));

        content.add(paragraph(SECTION_HEADING, run("一、总体情况")));
        content.addAll(optionalText("overview"));
        content.add(paragraph(SECTION_HEADING, run("二、主动公开政府信息情况")));
        content.add(GovInfoAnnualDocxTables.proactiveDisclosure(format));
        content.add(paragraph(SECTION_HEADING, run("三、收到和处理政府信息公开申请情况")));
        content.add(GovInfoAnnualDocxTables.applications(format));
        content.add(paragraph(SECTION_HEADING, run("四、政府信息公开行政复议、行政诉讼情况")));
        content.add(GovInfoAnnualDocxTables.reviewsAndLawsuits());
        content.add(paragraph(SECTION_HEADING, run("五、存在的主要问题及改进情况")));
        content.addAll(optionalText("problems"));
        content.add(paragraph(SECTION_HEADING, run("六、其他需要报告的事项")));
        content.addAll(optionalText("otherMatters"));

        // 成文日期 under the body with the agency above it, only when the data states one.
        content.add(directive("[#if date??]"));
        content.add(paragraph(BODY));
        content.add(paragraph(SIGNATURE, run("${agency}")));
        content.add(paragraph(SIGNATURE, run("${date?date.iso?string(\"yyyy年M月d日\")}")));
        content.add(directive("[/#if]"));
        return content;
    }

    private static List<Xml> optionalText(String variable) {
        List<Xml> block = new ArrayList<>();
        block.add(directive("[#if " + variable + "??]"));
        block.addAll(paragraphsOf(variable));
        block.add(directive("[/#if]"));
        return block;
    }

    /**
     * One Word paragraph per paragraph of a text value. A structured paragraph's marker and first
     * sentence go into the run of its level's character style, the rest into a body run; the
     * heading runs of the other levels stay empty.
     */
    private static List<Xml> paragraphsOf(String variable) {
        return List.of(
                directive("[#list " + variable + "?replace(\"\\r\\n\", \"\\n\")?replace(\"\\r\", \"\\n\")?split(paragraphBreak, \"r\") as block]"),
                directive("[#assign para = trimmed(block)]"),
                directive("[#if para?has_content]"),
                directive("[#assign h1 = para?matches(level1, \"s\")]"),
                directive("[#assign h2 = para?matches(level2, \"s\")]"),
                directive("[#assign h3 = para?matches(level3, \"s\")]"),
                paragraph(BODY,
                        run(LEVEL1, "[#if h1]${h1?groups[1]}[/#if]"),
                        run(LEVEL2, "[#if h2]${h2?groups[1]}[/#if]"),
                        run(LEVEL3, "[#if h3]${h3?groups[1]}[/#if]"),
                        run("[#if h1]${h1?groups[2]}[#elseif h2]${h2?groups[2]}[#elseif h3]${h3?groups[2]}[#else]${para}[/#if]")),
                directive("[/#if]"),
                directive("[/#list]"));
    }

    private static Xml directive(String text) {
        return paragraph(DIRECTIVE, run(text));
    }

    /** The page number between em dashes, from a PAGE field, in the odd or even page's alignment. */
    private static String footerXml(String style) {
        return Wml.root("w:ftr").add(paragraph(style, run("— ")).add(Wml.field("PAGE", "1")).add(run(" —"))).document();
    }

    /**
     * Separate odd and even footers; punctuation kept full width so 28 characters fill a line
     * (compressing it would pull text off the grid); Chinese as the East Asian language.
     */
    private static String settingsXml() {
        return Wml.root("w:settings").add(
                el("w:zoom", "w:percent", 100),
                el("w:defaultTabStop", "w:val", 420),
                el("w:evenAndOddHeaders"),
                el("w:characterSpacingControl", "w:val", "doNotCompress"),
                el("w:compat").add(el("w:compatSetting", "w:name", "compatibilityMode",
                        "w:uri", "http://schemas.microsoft.com/office/word", "w:val", 15)),
                el("w:themeFontLang", "w:val", "en-US", "w:eastAsia", "zh-CN"),
                el("w:decimalSymbol", "w:val", "."),
                el("w:listSeparator", "w:val", ",")).document();
    }
}
