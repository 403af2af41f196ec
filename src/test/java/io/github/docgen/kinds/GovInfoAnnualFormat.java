package io.github.docgen.kinds;

import java.nio.file.Path;

/**
 * The two official formats of the report, each a built-in kind with its own Word template. They
 * share the page, the styles, the text sections and tables 三 and 四; they differ in table 二 and
 * in table 三's （六）其他处理 (spec sections 3 and 4).
 */
enum GovInfoAnnualFormat {
    /** 国办公开办函〔2021〕30号, the reports for 2021 and later. */
    FORMAT_2021(2021),
    /** 国办公开办函〔2019〕60号, the reports for 2019 and 2020. */
    FORMAT_2019(2019);

    private final int year;

    GovInfoAnnualFormat(int year) {
        this.year = year;
    }

    int year() {
        return year;
    }

    String kind() {
        return "gov-info-annual-" + year;
    }

    /** The number rows of table 二 (主动公开情况) in the data: two in the 2021 format, eight in 2019's. */
    int tableTwoRows() {
        return this == FORMAT_2021 ? 2 : 8;
    }

    /** The number rows of table 三 (依申请公开情况): 25 in the 2021 format, 23 in 2019's. */
    int tableThreeRows() {
        return this == FORMAT_2021 ? 25 : 23;
    }

    /** Every table row of the data: tables 二 and 三, and the three of table 四. */
    int tableRows() {
        return tableTwoRows() + tableThreeRows() + 3;
    }

    /** The committed template, relative to the project folder. */
    Path template() {
        return Path.of("templates", kind(), "report.docx");
    }

    /** The template's title (File › Properties), e.g. 政府信息公开工作年度报告（2021年格式）. */
    String title() {
        return "政府信息公开工作年度报告（" + year + "年格式）";
    }
}
