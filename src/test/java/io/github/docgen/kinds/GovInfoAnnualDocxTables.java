package io.github.docgen.kinds;

import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.TABLE_GRID;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.TABLE_ROW_LABEL;
import static io.github.docgen.kinds.GovInfoAnnualDocxStyles.TABLE_TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.docgen.wordml.WordTable;
import io.github.docgen.wordml.WordTable.Cell;
import io.github.docgen.wordml.Xml;

/**
 * Tables 二, 三 and 四 of either format (国办公开办函〔2021〕30号, 〔2019〕60号) with their official merged
 * headers, one FreeMarker placeholder per number cell: a maintainer sees in Word which value
 * lands where, and can move a cell without touching a loop.
 */
final class GovInfoAnnualDocxTables {
    /** Table 三's seven number columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
    static final int APPLICANT_COLUMNS = 7;
    /** Table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计, for each of three procedures. */
    static final int OUTCOME_COLUMNS = 5;

    /**
     * Rows （三）–（六） of 三、本年度办理结果: the group, then each item's data key and official label;
     * a group without items is one row of its own (（六） in the 2019 format).
     */
    private record Group(String label, String key, List<String[]> items) {
    }

    /** （三）–（五）, the same in both formats. */
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
                    new String[] {"confirmOrReissue", "5.要求行政机关确认或重新出具已获取信息"})));

    /** （六）其他处理: three items since 2021, one row in the 2019 format. */
    private static Group otherHandling(GovInfoAnnualFormat format) {
        return new Group("（六）其他处理", "otherHandling", switch (format) {
            case FORMAT_2021 -> List.of(
                    new String[] {"overdueCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
                    new String[] {"overdueFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
                    new String[] {"other", "3.其他"});
            case FORMAT_2019 -> List.of();
        });
    }

    private GovInfoAnnualDocxTables() {
    }

    /**
     * Table 二: one block per item of 第二十条, each a title row across the table, a column header
     * row (信息内容 and the item's columns) and its rows. One column spans all three value
     * columns, two split them 2 + 1, three take one each — as the official forms draw them.
     */
    static Xml proactiveDisclosure(GovInfoAnnualFormat format) {
        int label = GbT9704Page.TYPE_AREA_WIDTH * 31 / 100;
        int[] values = WordTable.equalColumns(GbT9704Page.TYPE_AREA_WIDTH - label, 3);
        WordTable table = new WordTable(label, values[0], values[1], values[2]);
        for (Block block : proactiveBlocks(format)) {
            int columns = block.columns().size();
            table.row(text(block.item()).across(4));
            List<Cell> header = new ArrayList<>(List.of(text("信息内容")));
            for (int c = 0; c < columns; c++) {
                header.add(text(block.columns().get(c)).across(valueSpan(c, columns)));
            }
            table.row(header.toArray(Cell[]::new));
            for (Item item : block.items()) {
                List<Cell> cells = new ArrayList<>(List.of(rowLabel(item.label())));
                for (int c = 0; c < columns; c++) {
                    cells.add(number(item.paths().get(c)).across(valueSpan(c, columns)));
                }
                table.row(cells.toArray(Cell[]::new));
            }
        }
        return table.onOnePage().toXml(TABLE_GRID);
    }

    /** How many of the three value columns the c-th of a block's columns takes: the first takes what the others leave. */
    private static int valueSpan(int c, int columns) {
        return c == 0 ? 4 - columns : 1;
    }

    /** A block of table 二: 第二十条's item, the column heads after 信息内容, the rows. */
    private record Block(String item, List<String> columns, List<Item> items) {
        Block(String item, List<String> columns, Item... items) {
            this(item, columns, List.of(items));
        }
    }

    /** A row of table 二: its label and the data path of each column's number. */
    private record Item(String label, List<String> paths) {
        /** {@code item("规章", "proactive.rules", "issued", …)}: one path per field, or the object itself without fields. */
        static Item of(String label, String object, String... fields) {
            return new Item(label, fields.length == 0 ? List.of(object)
                    : Arrays.stream(fields).map(f -> object + "." + f).toList());
        }
    }

    private static List<Block> proactiveBlocks(GovInfoAnnualFormat format) {
        return switch (format) {
            case FORMAT_2021 -> List.of(
                    new Block("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"),
                            Item.of("规章", "proactive.rules", "issued", "repealed", "inForce"),
                            Item.of("行政规范性文件", "proactive.normativeDocuments", "issued", "repealed", "inForce")),
                    new Block("第二十条第（五）项", List.of("本年处理决定数量"), Item.of("行政许可", "proactive.licensing")),
                    new Block("第二十条第（六）项", List.of("本年处理决定数量"),
                            Item.of("行政处罚", "proactive.penalty"), Item.of("行政强制", "proactive.enforcement")),
                    new Block("第二十条第（八）项", List.of("本年收费金额（单位：万元）"), Item.of("行政事业性收费", "proactive.feesWanYuan")));
            case FORMAT_2019 -> List.of(
                    new Block("第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"),
                            Item.of("规章", "proactive.rules", "created", "published", "total"),
                            Item.of("规范性文件", "proactive.normativeDocuments", "created", "published", "total")),
                    new Block("第二十条第（五）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"),
                            Item.of("行政许可", "proactive.licensing", "lastYear", "change", "decisions"),
                            Item.of("其他对外管理服务事项", "proactive.otherServices", "lastYear", "change", "decisions")),
                    new Block("第二十条第（六）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"),
                            Item.of("行政处罚", "proactive.penalty", "lastYear", "change", "decisions"),
                            Item.of("行政强制", "proactive.enforcement", "lastYear", "change", "decisions")),
                    new Block("第二十条第（八）项", List.of("上一年项目数量", "本年增/减"),
                            Item.of("行政事业性收费", "proactive.fees", "lastYear", "change")),
                    new Block("第二十条第（九）项", List.of("采购项目数量", "采购总金额"),
                            Item.of("政府集中采购", "proactive.procurement", "projects", "amount")));
        };
    }

    /**
     * Table 三: three label columns (the group label, the sub-group label, the item) and seven
     * number columns; the header merges exactly as the official form (spec section 4).
     */
    static Xml applications(GovInfoAnnualFormat format) {
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
        List<Group> groups = new ArrayList<>(RESULT_GROUPS);
        groups.add(otherHandling(format));
        for (Group g : groups) {
            Cell groupLabel = text(g.label());
            if (g.items().isEmpty()) {
                table.row(applicantRow(List.of(results.covered(), rowLabel(g.label()).across(2)), "results." + g.key()));
            }
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
