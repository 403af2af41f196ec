package io.github.docgen.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the peers' templates from the official one, so all three engines render one layout. The
 * official template is FreeMarker typed into Word, one tag per run; this rewrites its body:
 *
 * <ul>
 * <li>a value {@code ${results.disclosed[0]}} becomes {@code {{applications_results_disclosed_0}}}
 *     for poi-tl (whose default expression language has no indexes), and
 *     {@code ${applications.results.disclosed[0]}} for XDocReport, which runs FreeMarker (square
 *     bracket tags, XML escaping) over the part as it stands, no MERGEFIELD needed;</li>
 * <li>a text block {@code [#if intro??][#list intro?...split(...) as block]…[/#list][/#if]}, which
 *     splits the text into paragraphs and their level headings with regular expressions in the
 *     template, becomes a loop over paragraphs that the caller splits in Java
 *     ({@link PeerModel}): poi-tl {@code {{?intro_paras}}…{{/intro_paras}}}, XDocReport
 *     {@code [#list intro_paras as p]…[/#list]}, around the same paragraph with its four runs;</li>
 * <li>{@code [#if x??]…[/#if]} and {@code [#if doc.draft!false]…[/#if]} become poi-tl's sections
 *     {@code {{?x}}…{{/x}}}, {@code {{?doc_draft}}…{{/doc_draft}}}, and stay for XDocReport;</li>
 * <li>paragraphs that only hold {@code [#assign]} or comments go.</li>
 * </ul>
 */
final class PeerTemplates {
    enum Flavour { POI_TL, XDOCREPORT }

    private static final Pattern PARAGRAPH = Pattern.compile("<w:p(?:\\s[^>]*)?>.*?</w:p>|<w:p/>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("\\$\\{([^}]*)\\}");
    private static final Pattern IF_DEFINED = Pattern.compile("\\[#if ([\\w.]+)(?:\\?\\?|!false)\\]");
    private static final Pattern TEXT_RUN = Pattern.compile("(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)");

    private PeerTemplates() {
    }

    static byte[] convert(byte[] officialDocx, Flavour flavour) {
        Map<String, byte[]> parts = new LinkedHashMap<>(Docx.parts(officialDocx));
        String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        parts.put("word/document.xml", body(xml, flavour).getBytes(StandardCharsets.UTF_8));
        return Docx.zipDefault(parts);
    }

    static String body(String xml, Flavour flavour) {
        List<int[]> spans = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(xml);
        while (p.find()) {
            spans.add(new int[] {p.start(), p.end()});
        }
        StringBuilder out = new StringBuilder(xml.length());
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        int copied = 0;
        for (int i = 0; i < spans.size(); i++) {
            String para = xml.substring(spans.get(i)[0], spans.get(i)[1]);
            String text = Report.text(para).trim();
            out.append(xml, copied, spans.get(i)[0]);
            copied = spans.get(i)[1];
            Matcher ifDefined = IF_DEFINED.matcher(text);
            if (ifDefined.matches()) {
                String name = ifDefined.group(1);
                String next = i + 1 < spans.size() ? Report.text(xml.substring(spans.get(i + 1)[0], spans.get(i + 1)[1])).trim() : "";
                if (next.startsWith("[#list " + name + "?")) {
                    int end = matchingEndIf(xml, spans, i);
                    out.append(textBlock(xml, spans, i, end, name, flavour));
                    copied = spans.get(end)[1];
                    i = end;
                } else {
                    open.push(flat(name));
                    out.append(directive(para, flavour == Flavour.POI_TL ? "{{?" + flat(name) + "}}" : text));
                }
            } else if (text.equals("[/#if]")) {
                // only the end of a plain [#if x??] or [#if x!false] reaches here
                if (open.isEmpty()) {
                    throw new IllegalStateException("[/#if] without [#if] at paragraph " + i);
                }
                String name = open.pop();
                out.append(directive(para, flavour == Flavour.POI_TL ? "{{/" + name + "}}" : text));
            } else if (text.startsWith("[#assign") || text.startsWith("[#--")) {
                // the peers get computed values from the caller instead
            } else {
                out.append(fields(para, flavour, null));
            }
        }
        out.append(xml.substring(copied));
        return out.toString();
    }

    /** The paragraphs of one text block: its paragraph template inside a loop over the caller's paragraphs. */
    private static String textBlock(String xml, List<int[]> spans, int from, int to, String name, Flavour flavour) {
        String content = null;
        for (int k = from; k <= to && content == null; k++) {
            String para = xml.substring(spans.get(k)[0], spans.get(k)[1]);
            if (Report.text(para).contains("${")) {
                content = para;
            }
        }
        if (content == null) {
            throw new IllegalStateException("text block " + name + " has no paragraph with a value");
        }
        String list = name + "_paras";
        String open = flavour == Flavour.POI_TL ? "{{?" + list + "}}" : "[#list " + list + " as p]";
        String close = flavour == Flavour.POI_TL ? "{{/" + list + "}}" : "[/#list]";
        return directive(content, open) + paragraphTemplate(content, flavour) + directive(content, close);
    }

    /** The block's paragraph: runs for the three heading levels and the text, each with one value. */
    private static String paragraphTemplate(String content, Flavour flavour) {
        String[] names = {"h1", "h2", "h3", "body"};
        Matcher run = TEXT_RUN.matcher(content);
        StringBuilder out = new StringBuilder();
        int n = 0;
        int copied = 0;
        while (run.find()) {
            String field = n < names.length ? names[n] : "";
            n++;
            out.append(content, copied, run.start()).append(run.group(1))
                    .append(field.isEmpty() ? "" : flavour == Flavour.POI_TL ? "{{" + field + "}}" : "${p." + field + "}")
                    .append(run.group(3));
            copied = run.end();
        }
        return out.append(content.substring(copied)).toString();
    }

    /** A paragraph that holds only {@code tag}, in the paragraph properties of {@code like}. */
    private static String directive(String like, String tag) {
        Matcher run = TEXT_RUN.matcher(like);
        if (!run.find()) {
            return like;
        }
        int pPrEnd = like.indexOf("</w:pPr>");
        String head = pPrEnd < 0 ? like.substring(0, like.indexOf('>') + 1) : like.substring(0, pPrEnd + "</w:pPr>".length());
        return head + "<w:r><w:t xml:space=\"preserve\">" + tag + "</w:t></w:r></w:p>";
    }

    private static String fields(String para, Flavour flavour, String prefix) {
        Matcher f = FIELD.matcher(para);
        StringBuilder out = new StringBuilder();
        while (f.find()) {
            f.appendReplacement(out, Matcher.quoteReplacement(field(f.group(1), flavour)));
        }
        f.appendTail(out);
        return out.toString();
    }

    /** One value in the peer's syntax; built-ins are the caller's job for poi-tl. */
    static String field(String expression, Flavour flavour) {
        String path = expression.startsWith("results.") ? "applications." + expression : expression;
        if (flavour == Flavour.XDOCREPORT) {
            return "${" + path + "}";
        }
        String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return "{{" + flat(plain) + "}}";
    }

    /** {@code applications.results.disclosed[0]} as one poi-tl name: {@code applications_results_disclosed_0}. */
    static String flat(String path) {
        return path.replace("[", "_").replace("]", "").replace('.', '_');
    }

    private static int matchingEndIf(String xml, List<int[]> spans, int from) {
        int depth = 0;
        for (int k = from; k < spans.size(); k++) {
            String t = Report.text(xml.substring(spans.get(k)[0], spans.get(k)[1])).trim();
            if (t.startsWith("[#if") && !t.contains("[/#if]")) {
                depth++;
            } else if (t.equals("[/#if]")) {
                if (--depth == 0) {
                    return k;
                }
            }
        }
        throw new IllegalStateException("unbalanced [#if] from paragraph " + from);
    }

}
