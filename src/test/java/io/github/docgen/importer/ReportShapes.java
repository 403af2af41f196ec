package io.github.docgen.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.docgen.govinfo.GovInfoFormat;
import io.github.docgen.importer.PublishedShape.Cell;

/**
 * Lays a report's values out as agencies publish them: title, opening paragraph, the six sections,
 * the three tables with the official merged headers, signature and date. {@code variants} makes the
 * labels those seen on real pages instead of the official ones (full-width digits and dots, a word
 * changed, spaces in labels).
 */
final class ReportShapes {
    private ReportShapes() {
    }

    static PublishedShape of(GovInfoFormat format, Map<String, Object> v, boolean variants) {
        PublishedShape shape = new PublishedShape();
        shape.text("title", v.get("agency") + String.valueOf(v.get("year")) + "年政府信息公开工作年度报告");
        shape.text("body", (String) v.get("intro"));
        shape.text("heading", variants ? "一．总体情况" : "一、总体情况");
        paragraphs(shape, v.get("overview"));
        shape.text("heading", "二、主动公开政府信息情况");
        shape.table(format == GovInfoFormat.F2021 ? proactive2021(map(v, "proactive")) : proactive2019(map(v, "proactive")));
        shape.text("heading", "三、收到和处理政府信息公开申请情况");
        shape.table(applications(format, map(v, "applications"), variants));
        shape.text("heading", "四、政府信息公开行政复议、行政诉讼情况");
        shape.table(reviews(map(v, "reviewsAndLawsuits")));
        shape.text("heading", "五、存在的主要问题及改进情况");
        paragraphs(shape, v.get("problems"));
        shape.text("heading", "六、其他需要报告的事项");
        paragraphs(shape, v.get("otherMatters"));
        shape.text("signature", (String) v.get("agency"));
        String[] date = ((String) v.get("date")).split("-");
        shape.text("signature", date[0] + "年" + Integer.parseInt(date[1]) + "月" + Integer.parseInt(date[2]) + "日");
        return shape;
    }

    private static void paragraphs(PublishedShape shape, Object text) {
        for (String paragraph : ((String) text).strip().split("\n\n")) {
            shape.text("body", paragraph);
        }
    }

    private static List<List<Cell>> proactive2021(Map<String, Object> p) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("第二十条第（一）项", 1, 4)));
        rows.add(cells("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
        rows.add(cells("规章", at(p, "rules.issued"), at(p, "rules.repealed"), at(p, "rules.inForce")));
        rows.add(cells("行政规范性文件", at(p, "normativeDocuments.issued"), at(p, "normativeDocuments.repealed"),
                at(p, "normativeDocuments.inForce")));
        rows.add(List.of(new Cell("第二十条第（五）项", 1, 4)));
        rows.add(List.of(Cell.of("信息内容"), new Cell("本年处理决定数量", 1, 3)));
        rows.add(List.of(Cell.of("行政许可"), new Cell(String.valueOf(p.get("licensing")), 1, 3)));
        rows.add(List.of(new Cell("第二十条第（六）项", 1, 4)));
        rows.add(List.of(Cell.of("信息内容"), new Cell("本年处理决定数量", 1, 3)));
        rows.add(List.of(Cell.of("行政处罚"), new Cell(String.valueOf(p.get("penalty")), 1, 3)));
        rows.add(List.of(Cell.of("行政强制"), new Cell(String.valueOf(p.get("enforcement")), 1, 3)));
        rows.add(List.of(new Cell("第二十条第（八）项", 1, 4)));
        rows.add(List.of(Cell.of("信息内容"), new Cell("本年收费金额（单位：万元）", 1, 3)));
        rows.add(List.of(Cell.of("行政事业性收费"), new Cell(String.valueOf(p.get("feesWanYuan")), 1, 3)));
        return rows;
    }

    private static List<List<Cell>> proactive2019(Map<String, Object> p) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("第二十条第（一）项", 1, 4)));
        rows.add(cells("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
        rows.add(cells("规章", at(p, "rules.created"), at(p, "rules.published"), at(p, "rules.total")));
        rows.add(cells("规范性文件", at(p, "normativeDocuments.created"), at(p, "normativeDocuments.published"),
                at(p, "normativeDocuments.total")));
        rows.add(List.of(new Cell("第二十条第（五）项", 1, 4)));
        rows.add(cells("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
        for (String[] row : new String[][] {{"行政许可", "licensing"}, {"其他对外管理服务事项", "otherServices"}}) {
            rows.add(cells(row[0], at(p, row[1] + ".lastYear"), at(p, row[1] + ".change"), at(p, row[1] + ".decisions")));
        }
        rows.add(List.of(new Cell("第二十条第（六）项", 1, 4)));
        rows.add(cells("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
        for (String[] row : new String[][] {{"行政处罚", "penalty"}, {"行政强制", "enforcement"}}) {
            rows.add(cells(row[0], at(p, row[1] + ".lastYear"), at(p, row[1] + ".change"), at(p, row[1] + ".decisions")));
        }
        rows.add(List.of(new Cell("第二十条第（八）项", 1, 4)));
        rows.add(List.of(Cell.of("信息内容"), Cell.of("上一年项目数量"), new Cell("本年增/减", 1, 2)));
        rows.add(List.of(Cell.of("行政事业性收费"), Cell.of(at(p, "fees.lastYear")), new Cell(at(p, "fees.change"), 1, 2)));
        rows.add(List.of(new Cell("第二十条第（九）项", 1, 4)));
        rows.add(List.of(Cell.of("信息内容"), Cell.of("采购项目数量"), new Cell("采购总金额", 1, 2)));
        rows.add(List.of(Cell.of("政府集中采购"), Cell.of(at(p, "procurement.projects")), new Cell(at(p, "procurement.amount"), 1, 2)));
        return rows;
    }

    private static List<List<Cell>> applications(GovInfoFormat format, Map<String, Object> a, boolean variants) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new Cell("申请人情况", 1, 7)));
        rows.add(List.of(new Cell("自然人", 2, 1), new Cell("法人或其他组织", 1, 5), new Cell("总计", 2, 1)));
        rows.add(cells("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        rows.add(numbers(List.of(new Cell("一、本年新收政府信息公开申请数量", 1, 3)), a.get("received")));
        rows.add(numbers(List.of(new Cell("二、上年结转政府信息公开申请数量", 1, 3)), a.get("carriedOver")));
        Map<String, Object> r = map(a, "results");
        int resultRows = format == GovInfoFormat.F2021 ? 22 : 20;
        rows.add(numbers(List.of(new Cell("三、本年度办理结果", resultRows, 1), new Cell("（一）予以公开", 1, 2)), r.get("disclosed")));
        rows.add(numbers(List.of(new Cell(variants ? "（二）部分公开（区分处理的，只计这一情况，不计其他情形）"
                : "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)), r.get("partlyDisclosed")));
        group(rows, "（三）不予公开", map(r, "notDisclosed"), variants, List.of("属于国家秘密", "其他法律行政法规禁止公开",
                "危及“三安全一稳定”", "保护第三方合法权益", variants ? "属于三类内容事务信息" : "属于三类内部事务信息", "属于四类过程性信息",
                "属于行政执法案卷", "属于行政查询事项"));
        group(rows, "（四）无法提供", map(r, "unableToProvide"), variants, List.of("本机关不掌握相关政府信息", "没有现成信息需要另行制作",
                "补正后申请内容仍不明确"));
        group(rows, "（五）不予处理", map(r, "notProcessed"), variants, List.of("信访举报投诉类申请", "重复申请", "要求提供公开出版物",
                "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"));
        if (format == GovInfoFormat.F2021) {
            group(rows, "（六）其他处理", map(r, "otherHandling"), variants, List.of(
                    "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"));
        } else {
            rows.add(numbers(List.of(new Cell("（六）其他处理", 1, 2)), r.get("otherHandling")));
        }
        rows.add(numbers(List.of(new Cell("（七）总计", 1, 2)), r.get("total")));
        rows.add(numbers(List.of(new Cell("四、结转下年度继续办理", 1, 3)), a.get("carriedForward")));
        return rows;
    }

    private static void group(List<List<Cell>> rows, String label, Map<String, Object> items, boolean variants, List<String> labels) {
        List<Object> values = new ArrayList<>(items.values());
        for (int i = 0; i < labels.size(); i++) {
            String marker = variants ? (char) ('１' + i) + "．" : (i + 1) + ".";
            List<Cell> start = new ArrayList<>();
            if (i == 0) {
                start.add(new Cell(label, labels.size(), 1));
            }
            start.add(Cell.of(marker + labels.get(i)));
            rows.add(numbers(start, values.get(i)));
        }
    }

    private static List<List<Cell>> reviews(Map<String, Object> t) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("行政复议", 1, 5), new Cell("行政诉讼", 1, 10)));
        List<Cell> second = new ArrayList<>();
        for (String leaf : GovInfoFormat.RESULT_COLUMNS) {
            second.add(new Cell(leaf, 2, 1));
        }
        second.add(new Cell("未经复议直接起诉", 1, 5));
        second.add(new Cell("复议后起诉", 1, 5));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int twice = 0; twice < 2; twice++) {
            GovInfoFormat.RESULT_COLUMNS.forEach(leaf -> third.add(Cell.of(leaf)));
        }
        rows.add(third);
        List<Cell> numbers = new ArrayList<>();
        for (String row : List.of("review", "lawsuitDirect", "lawsuitAfterReview")) {
            ((List<?>) t.get(row)).forEach(n -> numbers.add(Cell.of(n)));
        }
        rows.add(numbers);
        return rows;
    }

    private static List<Cell> numbers(List<Cell> labels, Object row) {
        List<Cell> cells = new ArrayList<>(labels);
        ((List<?>) row).forEach(n -> cells.add(Cell.of(n)));
        return cells;
    }

    private static List<Cell> cells(Object... texts) {
        List<Cell> cells = new ArrayList<>();
        for (Object text : texts) {
            cells.add(Cell.of(text));
        }
        return cells;
    }

    private static String at(Map<String, Object> map, String path) {
        String[] keys = path.split("\\.");
        return String.valueOf(map(map, keys[0]).get(keys[1]));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> values, String key) {
        return (Map<String, Object>) values.get(key);
    }
}
