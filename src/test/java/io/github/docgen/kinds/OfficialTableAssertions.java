package io.github.docgen.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import io.github.docgen.wordml.TableView;

/**
 * What tables 三 and 四 of a committed Word template must hold, written once for both formats
 * (spec sections 4 and 5): the merged headers and a placeholder in every number cell. The row list
 * is restated here from the spec, not taken from the generator, so a generator mistake shows.
 */
final class OfficialTableAssertions {

    private OfficialTableAssertions() {
    }

    /** The data path of each number row of table 三, in the official order. */
    static List<String> tableThreeRows(GovInfoAnnualFormat format) {
        List<String> paths = new ArrayList<>(List.of("applications.received", "applications.carriedOver",
                "results.disclosed", "results.partlyDisclosed"));
        for (String item : List.of("stateSecret", "prohibitedByLaw", "securityStability", "thirdPartyRights",
                "internalAffairs", "processInfo", "enforcementFiles", "queryMatters")) {
            paths.add("results.notDisclosed." + item);
        }
        for (String item : List.of("notHeld", "needsCreation", "stillUnclear")) {
            paths.add("results.unableToProvide." + item);
        }
        for (String item : List.of("petitionOrComplaint", "repeated", "publications", "excessive", "confirmOrReissue")) {
            paths.add("results.notProcessed." + item);
        }
        if (format == GovInfoAnnualFormat.FORMAT_2019) {
            paths.add("results.otherHandling"); // 2019: （六）其他处理 is one row
        } else {
            for (String item : List.of("overdueCorrection", "overdueFee", "other")) {
                paths.add("results.otherHandling." + item);
            }
        }
        paths.addAll(List.of("results.total", "applications.carriedForward"));
        return paths;
    }

    static void assertTableThreeHeader(TableView table) {
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）×3↓ | 申请人情况×7", table.row(0));
        assertEquals("×3↑ | 自然人↓ | 法人或其他组织×5 | 总计↓", table.row(1));
        assertEquals("×3↑ | ↑ | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ↑", table.row(2));
    }

    /** Under the three header rows, one row per path, its last seven cells {@code ${path[0]}} … {@code ${path[6]}}. */
    static void assertTableThreeNumbers(TableView table, List<String> paths) {
        assertEquals(3 + paths.size(), table.rows().size());
        for (int row = 0; row < paths.size(); row++) {
            List<String> texts = table.texts(3 + row);
            List<String> numbers = texts.subList(texts.size() - 7, texts.size());
            for (int column = 0; column < 7; column++) {
                assertEquals("${" + paths.get(row) + "[" + column + "]}", numbers.get(column), "row " + (row + 1) + ", column " + (column + 1));
            }
        }
    }

    static void assertTableFour(TableView table) {
        assertEquals("行政复议×5 | 行政诉讼×10", table.row(0));
        assertEquals("结果维持↓ | 结果纠正↓ | 其他结果↓ | 尚未审结↓ | 总计↓ | 未经复议直接起诉×5 | 复议后起诉×5", table.row(1));
        assertEquals("↑ | ↑ | ↑ | ↑ | ↑ | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计", table.row(2));
        List<String> expected = new ArrayList<>();
        for (String procedure : List.of("review", "lawsuitDirect", "lawsuitAfterReview")) {
            for (int i = 0; i < 5; i++) {
                expected.add("${reviewsAndLawsuits." + procedure + "[" + i + "]}");
            }
        }
        assertEquals(4, table.rows().size());
        assertEquals(expected, table.texts(3));
    }
}
