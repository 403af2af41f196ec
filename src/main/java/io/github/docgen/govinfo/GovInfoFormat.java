package io.github.docgen.govinfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.docgen.govinfo.ReportLayout.Cells;
import io.github.docgen.govinfo.ReportLayout.Entry;
import io.github.docgen.govinfo.ReportLayout.Group;
import io.github.docgen.govinfo.ReportLayout.Note;
import io.github.docgen.govinfo.ReportLayout.Row;
import io.github.docgen.govinfo.ReportLayout.Text;
import io.github.docgen.govinfo.ReportLayout.Value;

/**
 * The two official formats of the government information disclosure annual report, as the built-in
 * kinds lay out their data files (templates/gov-info-annual-20xx/sample.yaml, spec section 6).
 */
public enum GovInfoFormat {
    /** 国办公开办函〔2021〕30号, reports for 2021 and later. */
    F2021("gov-info-annual-2021", 2021, 2100),
    /** 国办公开办函〔2019〕60号, reports for 2019 and 2020. */
    F2019("gov-info-annual-2019", 2019, 2020);

    /** Table 三's number columns, in data order. */
    public static final List<String> APPLICANT_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    /** Table 四's number columns, per row, in data order. */
    public static final List<String> RESULT_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** The official label of each column key of table 二. */
    public static final Map<String, String> PROACTIVE_COLUMNS = Map.ofEntries(
            Map.entry("issued", "本年制发件数"), Map.entry("repealed", "本年废止件数"), Map.entry("inForce", "现行有效件数"),
            Map.entry("created", "本年新制作数量"), Map.entry("published", "本年新公开数量"), Map.entry("total", "对外公开总数量"),
            Map.entry("lastYear", "上一年项目数量"), Map.entry("change", "本年增/减"), Map.entry("decisions", "处理决定数量"),
            Map.entry("projects", "采购项目数量"), Map.entry("amount", "采购总金额"));

    private final String kind;
    private final int firstYear;
    private final int lastYear;

    GovInfoFormat(String kind, int firstYear, int lastYear) {
        this.kind = kind;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public String kind() {
        return kind;
    }

    /** Whether reports for {@code year} are written in this format. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public static Optional<GovInfoFormat> ofKind(String kind) {
        for (GovInfoFormat format : values()) {
            if (format.kind.equals(kind)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a report for {@code year} is written in (before 2019 there was none; the 2019 one is nearest). */
    public static GovInfoFormat forYear(int year) {
        return F2021.covers(year) || year > F2021.lastYear ? F2021 : F2019;
    }

    /** The whole data file, key by key. */
    public List<Entry> layout() {
        return List.of(
                new Value("kind", null),
                new Value("agency", "报告机关"),
                new Value("year", "报告年度"),
                new Value("date", "成文日期"),
                new Value("previous", "last year's data file, for the cross-year checks"),
                new Value("rollup", "a roll-up (汇总): its tables are the sums of these data files'"),
                new Text("intro", null),
                new Text("overview", "一、总体情况"),
                proactive(),
                applications(),
                reviewsAndLawsuits(),
                new Text("problems", "五、存在的主要问题及改进情况"),
                new Text("otherMatters", "六、其他需要报告的事项"));
    }

    /** 二、主动公开政府信息情况. */
    public Group proactive() {
        if (this == F2021) {
            List<String> documents = List.of("issued", "repealed", "inForce");
            return new Group("proactive", "二、主动公开政府信息情况", List.of(
                    new Cells("rules", "第二十条第（一）项 规章", documents),
                    new Cells("normativeDocuments", "第二十条第（一）项 行政规范性文件", documents),
                    new Value("licensing", "第二十条第（五）项 行政许可 本年处理决定数量"),
                    new Value("penalty", "第二十条第（六）项 行政处罚 本年处理决定数量"),
                    new Value("enforcement", "第二十条第（六）项 行政强制 本年处理决定数量"),
                    new Value("feesWanYuan", "第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）")));
        }
        List<String> documents = List.of("created", "published", "total");
        List<String> items = List.of("lastYear", "change", "decisions");
        return new Group("proactive", "二、主动公开政府信息情况", List.of(
                new Cells("rules", "第二十条第（一）项 规章", documents),
                new Cells("normativeDocuments", "第二十条第（一）项 规范性文件", documents),
                new Cells("licensing", "第二十条第（五）项 行政许可", items),
                new Cells("otherServices", "第二十条第（五）项 其他对外管理服务事项", items),
                new Cells("penalty", "第二十条第（六）项 行政处罚", items),
                new Cells("enforcement", "第二十条第（六）项 行政强制", items),
                new Cells("fees", "第二十条第（八）项 行政事业性收费", List.of("lastYear", "change")),
                new Cells("procurement", "第二十条第（九）项 政府集中采购（采购总金额：万元）", List.of("projects", "amount"))));
    }

    /** 三、收到和处理政府信息公开申请情况: 25 rows of numbers in 2021, 23 in 2019. */
    public Group applications() {
        List<Entry> results = new ArrayList<>(List.of(
                new Row("disclosed", "（一）予以公开", 7),
                new Row("partlyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 7),
                new Group("notDisclosed", "（三）不予公开", List.of(
                        new Row("stateSecret", "1.属于国家秘密", 7),
                        new Row("prohibitedByLaw", "2.其他法律行政法规禁止公开", 7),
                        new Row("securityStability", "3.危及“三安全一稳定”", 7),
                        new Row("thirdPartyRights", "4.保护第三方合法权益", 7),
                        new Row("internalAffairs", "5.属于三类内部事务信息", 7),
                        new Row("processInfo", "6.属于四类过程性信息", 7),
                        new Row("enforcementFiles", "7.属于行政执法案卷", 7),
                        new Row("queryMatters", "8.属于行政查询事项", 7))),
                new Group("unableToProvide", "（四）无法提供", List.of(
                        new Row("notHeld", "1.本机关不掌握相关政府信息", 7),
                        new Row("needsCreation", "2.没有现成信息需要另行制作", 7),
                        new Row("stillUnclear", "3.补正后申请内容仍不明确", 7))),
                new Group("notProcessed", "（五）不予处理", List.of(
                        new Row("petitionOrComplaint", "1.信访举报投诉类申请", 7),
                        new Row("repeated", "2.重复申请", 7),
                        new Row("publications", "3.要求提供公开出版物", 7),
                        new Row("excessive", "4.无正当理由大量反复申请", 7),
                        new Row("confirmOrReissue", "5.要求行政机关确认或重新出具已获取信息", 7)))));
        if (this == F2021) {
            results.add(new Group("otherHandling", "（六）其他处理", List.of(
                    new Row("overdueCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 7),
                    new Row("overdueFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 7),
                    new Row("other", "3.其他", 7))));
        } else {
            results.add(new Row("otherHandling", "（六）其他处理", 7));
        }
        results.add(new Row("total", "（七）总计", 7));
        return new Group("applications", "三、收到和处理政府信息公开申请情况", List.of(
                new Note("columns: " + APPLICANT_COLUMNS),
                new Row("received", "一、本年新收政府信息公开申请数量", 7),
                new Row("carriedOver", "二、上年结转政府信息公开申请数量", 7),
                new Group("results", "三、本年度办理结果", results),
                new Row("carriedForward", "四、结转下年度继续办理", 7)));
    }

    /** 四、政府信息公开行政复议、行政诉讼情况 (the same in both formats). */
    public Group reviewsAndLawsuits() {
        return new Group("reviewsAndLawsuits", "四、政府信息公开行政复议、行政诉讼情况", List.of(
                new Note("columns: " + RESULT_COLUMNS),
                new Row("review", "行政复议", 5),
                new Row("lawsuitDirect", "行政诉讼 · 未经复议直接起诉", 5),
                new Row("lawsuitAfterReview", "行政诉讼 · 复议后起诉", 5)));
    }
}
