package io.github.docgen.importer;

/** Which of the report's tables a published table is, by the words in it; a page's other tables are NONE. */
enum TableKind {
    PROACTIVE, APPLICATIONS, REVIEWS, NONE;

    static TableKind of(CellGrid grid) {
        StringBuilder all = new StringBuilder();
        for (int r = 0; r < grid.rows(); r++) {
            grid.row(r).forEach(cell -> all.append(Labels.normal(cell.text())).append('|'));
        }
        String text = all.toString();
        if (text.contains("自然人") && (text.contains("申请人情况") || text.contains("商业企业"))) {
            return APPLICATIONS;
        }
        if (text.contains("行政复议") && text.contains("行政诉讼")) {
            return REVIEWS;
        }
        if (text.contains("信息内容") && (text.contains("第二十条") || text.contains("规章") || text.contains("行政许可"))) {
            return PROACTIVE;
        }
        return NONE;
    }
}
