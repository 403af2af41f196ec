package io.github.docgen.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.docgen.importer.PublishedBlock.Paragraph;

/**
 * Finds the text of a published report among the paragraphs of a page: the six section headings
 * (一、总体情况 … 六、其他需要报告的事项), the opening paragraph before the first, the title (agency
 * and year), and the date under the last section. What a portal puts around the report — menus,
 * breadcrumbs, the page footer — is not part of any section: the opening paragraph is the prose
 * right before 一, and section 六 ends at the signature, the date or the page's own furniture.
 */
final class ReportText {
    /** The six headings: the numeral and the words that make each (a short paragraph holding them). */
    private static final String[][] HEADINGS = {{"一", "总体情况"}, {"二", "主动公开政府信息情况"},
            {"三", "收到和处理政府信息公开申请情况"}, {"四", "政府信息公开行政复议"}, {"五", "存在的主要问题"}, {"六", "其他需要报告的事项"}};
    private static final Pattern MARKER = Pattern.compile("^([一二三四五六七八九十]+)[、.,，:：]?");
    private static final Pattern TITLE = Pattern.compile("(.*?)([12][0-9]{3})\\s*年度?(.*?)政府信息公开(工作)?年度?报告");
    private static final Pattern INTRO_TITLE = Pattern.compile("公布(.*?)([12][0-9]{3})\\s*年度?政府信息公开");
    private static final Pattern DATE = Pattern.compile("([12][0-9]{3})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日");
    private static final Pattern SIGNATURE = Pattern.compile(".{2,40}(人民政府|政府|办公室|办公厅|局|委员会|委|办|院|中心|街道办事处|管理处|公司)");
    private static final List<String> PAGE_FURNITURE = List.of("附件", "责任编辑", "打印", "关闭", "【", "来源：", "来源:", "分享",
            "扫一扫", "上一篇", "下一篇", "相关链接", "网站标识码", "主办单位", "版权所有", "ICP", "浏览次数", "字号");

    private final List<Paragraph> paragraphs;
    private final List<Integer> tableAfter; // for each paragraph index, whether a table precedes it (sections end at tables)
    private final int[] headings = new int[HEADINGS.length];

    ReportText(List<PublishedBlock> blocks) {
        paragraphs = new ArrayList<>();
        tableAfter = new ArrayList<>();
        boolean table = false;
        for (PublishedBlock block : blocks) {
            if (block instanceof Paragraph p) {
                paragraphs.add(p);
                tableAfter.add(table ? 1 : 0);
                table = false;
            } else {
                table = true;
            }
        }
        int from = 0;
        for (int h = 0; h < HEADINGS.length; h++) {
            headings[h] = find(h, from);
            if (headings[h] >= 0) {
                from = headings[h] + 1;
            }
        }
    }

    /** Whether the section heading {@code index} (0 for 一) was found. */
    boolean hasHeading(int index) {
        return headings[index] >= 0;
    }

    Paragraph heading(int index) {
        return headings[index] < 0 ? null : paragraphs.get(headings[index]);
    }

    /** The paragraphs of section 一 or 五 (index 0 or 4): to the next heading or the next table. */
    List<String> section(int index) {
        int start = headings[index];
        if (start < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = start + 1; i < paragraphs.size() && !isHeading(i) && tableAfter.get(i) == 0; i++) {
            out.add(paragraphs.get(i).text());
        }
        return out;
    }

    /** The paragraphs of section 六, up to the signature, the date or the page's furniture. */
    List<String> lastSection(String agency) {
        int start = headings[5];
        if (start < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = start + 1; i < paragraphs.size() && !endsReport(paragraphs.get(i).text(), agency); i++) {
            out.add(paragraphs.get(i).text());
        }
        return out;
    }

    /** The date under the report (成文日期), as YYYY-MM-DD, or null. */
    String date(String agency) {
        int start = headings[5];
        for (int i = Math.max(start, 0) + 1; start >= 0 && i < paragraphs.size() && i <= start + 40; i++) {
            String text = paragraphs.get(i).text();
            Matcher m = DATE.matcher(Normalizer.normalize(ChineseNumerals.inDate(text), Normalizer.Form.NFKC));
            if (text.length() <= 20 && m.matches()) {
                return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        }
        return null;
    }

    /** The opening paragraphs: the prose (sentences ending in 。) right before 一、总体情况. */
    List<String> intro() {
        List<String> out = new ArrayList<>();
        for (int i = headings[0] - 1; i >= 0 && isProse(paragraphs.get(i).text()); i--) {
            out.add(0, paragraphs.get(i).text());
        }
        return out;
    }

    /** The report's title: the last paragraph before the text that names a 政府信息公开 annual report, else null. */
    String title(String pageTitle) {
        int end = headings[0] < 0 ? paragraphs.size() : headings[0];
        for (int i = end - 1; i >= 0; i--) {
            String text = paragraphs.get(i).text();
            if (!isProse(text) && text.length() <= 80 && TITLE.matcher(text).find()) {
                return text;
            }
        }
        return pageTitle != null && TITLE.matcher(pageTitle).find() ? pageTitle : null;
    }

    /** Agency and year from the title (or, failing that, the opening paragraph "现公布…"). */
    static AgencyYear agencyYear(String title, List<String> intro) {
        if (title != null) {
            Matcher m = TITLE.matcher(title.replaceAll("\\s", ""));
            if (m.find()) {
                String agency = m.group(1).isEmpty() ? m.group(3) : m.group(1);
                agency = agency.replaceFirst("^.*[_|｜>]", "").replaceFirst("^关于", "");
                return new AgencyYear(agency.isEmpty() ? null : agency, Integer.parseInt(m.group(2)));
            }
        }
        for (String paragraph : intro) {
            Matcher m = INTRO_TITLE.matcher(paragraph);
            if (m.find()) {
                return new AgencyYear(m.group(1).isEmpty() ? null : m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return new AgencyYear(null, null);
    }

    record AgencyYear(String agency, Integer year) {
    }

    private int find(int heading, int from) {
        for (int i = from; i < paragraphs.size(); i++) {
            if (isHeading(paragraphs.get(i).text(), heading)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isHeading(int paragraph) {
        for (int h : headings) {
            if (h == paragraph) {
                return true;
            }
        }
        return false;
    }

    /** "一、总体情况", "一．总体情况：", "总体情况" (Word's own numbering leaves the numeral out of the text). */
    static boolean isHeading(String text, int heading) {
        String normal = Labels.normal(text).replaceAll("[:：。]$", "");
        Matcher marker = MARKER.matcher(normal);
        String words = normal;
        if (marker.find()) {
            if (!marker.group(1).equals(HEADINGS[heading][0])) {
                return false;
            }
            words = normal.substring(marker.end());
        }
        return words.startsWith(HEADINGS[heading][1]) && words.length() <= HEADINGS[heading][1].length() + 12;
    }

    private static boolean isProse(String text) {
        return text.contains("。");
    }

    private static boolean endsReport(String text, String agency) {
        String normal = Normalizer.normalize(ChineseNumerals.inDate(text), Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (text.length() <= 20 && DATE.matcher(normal).matches()) {
            return true;
        }
        if (agency != null && normal.equals(Normalizer.normalize(agency, Normalizer.Form.NFKC).replaceAll("\\s", ""))) {
            return true;
        }
        if (!isProse(text) && text.length() <= 40 && SIGNATURE.matcher(normal).matches()) {
            return true;
        }
        return !isProse(text) && PAGE_FURNITURE.stream().anyMatch(text::contains);
    }
}
