// Misspelt values in branches this year's data does not take fail the build at docgen:check,
// before anything is rendered: the HTML template at its line and column, the Word template at
// the paragraph as the maintainer finds it in Word, each with the key the schema has.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] src/docgen/kinds/notice/notice.docx: TEMPLATE word/document.xml paragraph 3: noet: schema.json has no "noet" at the top level,'
        + ' and the template defines no such name (did you mean "note"?) (in ${noet})',
    '[ERROR] src/docgen/kinds/notice/notice.docx: TEMPLATE word/document.xml paragraph 6 (table 1, row 1, cell 2): c.issue: schema.json'
        + ' has no "issue" in changes[] (did you mean "issues"?) (in ${c.issue?size})',
    '[ERROR] src/docgen/kinds/notice/notice.ftlh:7:19: TEMPLATE nte: schema.json has no "nte" at the top level, and the template'
        + ' defines no such name (did you mean "note"?)',
    '[ERROR] src/docgen/kinds/notice/notice.ftlh:11:47: TEMPLATE c.isues: schema.json has no "isues" in changes[] (did you mean "issues"?)',
]
expected.each { assert log.contains(it) : "the log lacks: ${it}" }
assert log.contains('docgen: 1 data file(s) checked, 4 error(s), 0 warning(s)')
assert !new File(basedir, 'target/docgen/2024/release-2.3.1.html').exists() : 'nothing is rendered'
assert !new File(basedir, 'target/docgen/2024/release-2.3.1.docx').exists() : 'nothing is rendered'
return true
