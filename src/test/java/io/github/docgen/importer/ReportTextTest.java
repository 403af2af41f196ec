package io.github.docgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportTextTest {
    @ParameterizedTest
    @CsvSource({"0,一、总体情况", "0,一．总体情况：", "0,总体情况", "1,二、主动公开政府信息情况", "2,三、收到和处理政府信息公开申请情况",
            "3,四、政府信息公开行政复议、行政诉讼情况", "4,五、存在的主要问题及改进情况", "5,六、其他需要报告的事项", "5,六. 其他需要报告的事项"})
    void officialHeadingsAndTheirVariantsAreHeadings(int index, String text) {
        assertTrue(ReportText.isHeading(text, index), text);
    }

    @Test
    void aParagraphIsNoHeadingOfAnotherNumberNorALongSentence() {
        assertFalse(ReportText.isHeading("二、总体情况", 0));
        assertFalse(ReportText.isHeading("总体情况良好，全年主动公开政府信息1260条，其中规范性文件6件，均已按时公开。", 0));
    }

    @Test
    void agencyAndYearComeFromTheTitleInEitherOrder() {
        assertEquals(new ReportText.AgencyYear("玉潭镇人民政府", 2021), ReportText.agencyYear("玉潭镇人民政府2021年政府信息公开工作年度报告", List.of()));
        assertEquals(new ReportText.AgencyYear("某市教育局", 2022), ReportText.agencyYear("2022年度某市教育局政府信息公开工作年度报告", List.of()));
        assertEquals(new ReportText.AgencyYear("某区", 2021), ReportText.agencyYear("某区2021年政府信息公开年度报告_某区人民政府网", List.of()));
        assertEquals(new ReportText.AgencyYear("某县人民政府", 2023), ReportText.agencyYear(null,
                List.of("根据《中华人民共和国政府信息公开条例》规定，现公布某县人民政府2023年政府信息公开工作年度报告。")));
    }

    @Test
    void datesInChineseNumeralsAreRead() {
        assertEquals("2022年1月20日", ChineseNumerals.inDate("二〇二二年一月二十日"));
        assertEquals("2023年12月31日", ChineseNumerals.inDate("二○二三年十二月三十一日"));
    }
}
