package io.github.docgen.kinds;

import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.TABLE_GRID;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.TABLE_ROW_LABEL;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.TABLE_TEXT;

import java.util.ArrayList;
import java.util.List;

import io.github.docgen.wordml.WordTable;
import io.github.docgen.wordml.WordTable.Cell;
import io.github.docgen.wordml.Xml;

/**
 * Tables 二, 三 and 四 of the 2021 format (国办公开办函〔2021〕30号) with their official merged
 * headers, one FreeMarker placeholder per number cell: a maintainer sees in Word which value
 * lands where, and can move a cell without touching a loop.
 */
final class GovInfoAnnualDocxTables {
    /** Table 三's seven number columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
    static final int APPLICANT_COLUMNS = 7;
    /** Table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计, for each of three procedures. */
    static final int OUTCOME_COLUMNS = 5;

    /** Rows （三）–（六） of 三、本年度办理结果: the group, then each item's data key and official label. */
    private record Group(String label, String key, List<String[]> items) {
    }

    private static final List<Group> RESULT_GROUPS = List.of(
            new Group("（三）不予公开", "notDisclosed", List.of(
                    new String[] {"stateSecret", "1.属于国家秘密"},
                    new String[] {"prohibitedByLaw", "2.其他法律行政法规禁止公开"},
                    new String[] {"securityStability", "3.危及“三安全一稳定”"},
                    new String[] {"thirdPartyRights", "4.保护第三方合法权益"},
                    new String[] {"internalAffairs", "5.属于三类内部事务信息"},
                    new String[] {"processInfo", "6.属于四类过程性信息"},
                    new String[] {"enforcementFiles", "7.属于行政执法案卷"},
                    new String[] {"queryMatters", "8.属于行政查询事项"})),
            new Group("（四）无法提供", "unableToProvide", List.of(
                    new String[] {"notHeld", "1.本机关不掌握相关政府信息"},
                    new String[] {"needsCreation", "2.没有现成信息需要另行制作"},
                    new String[] {"stillUnclear", "3.补正后申请内容仍不明确"})),
            new Group("（五）不予处理", "notProcessed", List.of(
                    new String[] {"petitionOrComplaint", "1.信访举报投诉类申请"},
                    new String[] {"repeated", "2.重复申请"},
                    new String[] {"publications", "3.要求提供公开出版物"},
                    new String[] {"excessive", "4.无正当理由大量反复申请"},
                    new String[] {"confirmOrReissue", "5.要求行政机关确认或重新出具已获取信息"})),
            new Group("（六）其他处理", "otherHandling", List.of(
                    new String[] {"overdueCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
                    new String[] {"overdueFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
                    new String[] {"other", "3.其他"})));

    /** Rows under 三、本年度办理结果 that the label spans: （一）（二）, the groups' items, （七）. */
    static final int RESULT_ROWS = 2 + RESULT_GROUPS.stream().mapToInt(g -> g.items().size()).sum() + 1;

    private GovInfoAnnualDocxTables() {
    }

    /** Table 二: four blocks, one per item of 第二十条, each a title row, a column header row and its rows. */
    static Xml proactiveDisclosure() {
        int label = GbT9704Page.TYPE_AREA_WIDTH * 31 / 100;
        int[] values = WordTable.equalColumns(GbT9704Page.TYPE_AREA_WIDTH - label, 3);
        WordTable table = new WordTable(label, values[0], values[1], values[2]);
        table.row(text("第二十条第（一）项").across(4))
                .row(text("信息内容"), text("本年制发件数"), text("本年废止件数"), text("现行有效件数"))
                .row(rowLabel("规章"), number("proactive.rules.issued"), number("proactive.rules.repealed"), number("proactive.rules.inForce"))
                .row(rowLabel("行政规范性文件"), number("proactive.normativeDocuments.issued"),
                        number("proactive.normativeDocuments.repealed"), number("proactive.normativeDocuments.inForce"))
                .row(text("第二十条第（五）项").across(4))
                .row(text("信息内容"), text("本年处理决定数量").across(3))
                .row(rowLabel("行政许可"), number("proactive.licensing").across(3))
                .row(text("第二十条第（六）项").across(4))
                .row(text("信息内容"), text("本年处理决定数量").across(3))
                .row(rowLabel("行政处罚"), number("proactive.penalty").across(3))
                .row(rowLabel("行政强制"), number("proactive.enforcement").across(3))
                .row(text("第二十条第（八）项").across(4))
                .row(text("信息内容"), text("本年收费金额（单位：万元）").across(3))
                .row(rowLabel("行政事业性收费"), number("proactive.feesWanYuan").across(3));
        return table.onOnePage().toXml(TABLE_GRID);
    }

    /**
     * Table 三: three label columns (the group label, the sub-group label, the item) and seven
     * number columns; the header merges exactly as the official form (spec section 4).
     */
    static Xml applications() {
        // Numbers need 7% each; the rest goes to the labels, so fewer of them wrap and the table fits a page.
        int[] numbers = WordTable.equalColumns(GbT9704Page.TYPE_AREA_WIDTH * 49 / 100, APPLICANT_COLUMNS);
        int labels = GbT9704Page.TYPE_AREA_WIDTH - sum(numbers);
        int group = GbT9704Page.TYPE_AREA_WIDTH * 7 / 100;
        int subGroup = GbT9704Page.TYPE_AREA_WIDTH * 9 / 100;
        WordTable table = new WordTable(concat(new int[] {group, subGroup, labels - group - subGroup}, numbers));

        Cell note = text("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").across(3);
        table.headerRow(note.down(), text("申请人情况").across(7))
                .headerRow(note.covered(), text("自然人").down(), text("法人或其他组织").across(5), text("总计").down())
                .headerRow(note.covered(), text("自然人").covered(), text("商业企业"), text("科研机构"), text("社会公益组织"),
                        text("法律服务机构"), text("其他"), text("总计").covered());

        table.row(applicantRow(rowLabel("一、本年新收政府信息公开申请数量").across(3), "applications.received"));
        table.row(applicantRow(rowLabel("二、上年结转政府信息公开申请数量").across(3), "applications.carriedOver"));
        Cell results = text("三、本年度办理结果");
        table.row(applicantRow(List.of(results.down(), rowLabel("（一）予以公开").across(2)), "results.disclosed"));
        table.row(applicantRow(List.of(results.covered(), rowLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").across(2)),
                "results.partlyDisclosed"));
        for (Group g : RESULT_GROUPS) {
            Cell groupLabel = text(g.label());
            for (String[] item : g.items()) {
                Cell first = item == g.items().get(0) ? groupLabel.down() : groupLabel.covered();
                table.row(applicantRow(List.of(results.covered(), first, rowLabel(item[1])), "results." + g.key() + "." + item[0]));
            }
        }
        table.row(applicantRow(List.of(results.covered(), rowLabel("（七）总计").across(2)), "results.total"));
        table.row(applicantRow(rowLabel("四、结转下年度继续办理").across(3), "applications.carriedForward"));
        return table.onOnePage().toXml(TABLE_GRID);
    }

    /** Table 四: 行政复议 over five columns, 行政诉讼 over ten, one row of fifteen numbers. */
    static Xml reviewsAndLawsuits() {
        WordTable table = new WordTable(WordTable.equalColumns(GbT9704Page.TYPE_AREA_WIDTH, 3 * OUTCOME_COLUMNS));
        String[] outcomes = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        table.headerRow(text("行政复议").across(5), text("行政诉讼").across(10));
        List<Cell> second = new ArrayList<>();
        List<Cell> third = new ArrayList<>();
        for (String outcome : outcomes) {
            second.add(text(outcome).down());
            third.add(text(outcome).covered());
        }
        second.add(text("未经复议直接起诉").across(5));
        second.add(text("复议后起诉").across(5));
        for (int i = 0; i < 2; i++) {
            for (String outcome : outcomes) {
                third.add(text(outcome));
            }
        }
        table.headerRow(second.toArray(Cell[]::new)).headerRow(third.toArray(Cell[]::new));
        List<Cell> numbers = new ArrayList<>();
        for (String row : new String[] {"review", "lawsuitDirect", "lawsuitAfterReview"}) {
            for (int i = 0; i < OUTCOME_COLUMNS; i++) {
                numbers.add(number("reviewsAndLawsuits." + row + "[" + i + "]"));
            }
        }
        return table.row(numbers.toArray(Cell[]::new)).onOnePage().toXml(TABLE_GRID);
    }

    private static Cell[] applicantRow(Cell label, String path) {
        return applicantRow(List.of(label), path);
    }

    private static Cell[] applicantRow(List<Cell> labels, String path) {
        List<Cell> cells = new ArrayList<>(labels);
        for (int i = 0; i < APPLICANT_COLUMNS; i++) {
            cells.add(number(path + "[" + i + "]"));
        }
        return cells.toArray(Cell[]::new);
    }

    private static Cell text(String text) {
        return Cell.of(text, TABLE_TEXT);
    }

    private static Cell rowLabel(String text) {
        return Cell.of(text, TABLE_ROW_LABEL);
    }

    private static Cell number(String path) {
        return Cell.of("${" + path + "}", TABLE_TEXT);
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total;
    }

    private static int[] concat(int[] first, int[] second) {
        int[] all = new int[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
