// The county example: three departments, their roll-up (汇总) and last year's report imported from a published page.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('docgen: 5 data file(s) checked, 0 error(s), 0 warning(s)') : 'the roll-up checks clean, R6 and R7 against last year included'

def county = new File(basedir, 'target/docgen/2022/county-2022.1.html')
assert county.isFile()
def html = county.getText('UTF-8')
// 一、本年新收: education 12 + health 23 + transport 5; 二、上年结转 21 + 21 + 0 (= last year's 四, R6)
assert html =~ /本年新收政府信息公开申请数量<\/t[dh]>(\s*<td[^>]*>[0-9]+<\/td>){6}\s*<td[^>]*>40<\/td>/ : 'the roll-up holds the sums'
assert html.contains('本报告数据由县教育局、县卫生健康委员会、县交通运输局的年度报告汇总而成') : 'its text is its own'
['education', 'health', 'transport'].each { assert new File(basedir, "target/docgen/2022/departments/${it}-2022.1.html").isFile() }
assert new File(basedir, 'target/docgen/2021/county-2022.1.docx').isFile()

def committed = new File(basedir, 'src/docgen/2021/county.yaml').bytes
def again = new File(basedir, 'target/reimported/county.yaml').bytes
assert committed == again : 'the import is byte-stable: importing the page again gives the committed file'
return true
