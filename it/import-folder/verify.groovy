// A folder imported: each report to src/docgen/<year>/<name>.yaml in its own format; the import
// prints what the checks find in what it wrote as warnings, and docgen:check then fails on them.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('docgen: imported published/a-gb2312.htm into src/docgen/2021/a-gb2312.yaml')
assert log.contains('docgen: imported published/b-cms.html into src/docgen/2019/b-cms.yaml')
assert log.contains('docgen: imported published/c-word.docx into src/docgen/2021/c-word.yaml')
assert log.contains('docgen: 3 report(s) imported; the checks find 2 problem(s) in them')

def r1 = 'src/docgen/2021/c-word.yaml:54:23: R1 三、（七）总计 · 自然人: expected 2332 (一 + 二 − 四), found 2331'
def r2 = 'src/docgen/2021/c-word.yaml:27:38: R2 二、上年结转政府信息公开申请数量 · 总计: expected 22 (sum of the six applicant columns), found 21'
assert log.contains('[WARNING] ' + r1) && log.contains('[WARNING] ' + r2) : 'the import warns of the published mistake'
assert log.contains('[ERROR] ' + r1) && log.contains('[ERROR] ' + r2) : 'check fails on it'
assert log.contains('docgen: 3 data file(s) checked, 2 error(s), 0 warning(s)')

def gbk = new File(basedir, 'src/docgen/2021/a-gb2312.yaml').getText('UTF-8')
assert gbk =~ /\nagency: +某县堃镕镇人民政府 / : 'a page declared GB2312 is read as GBK, as browsers do'
def cms = new File(basedir, 'src/docgen/2019/b-cms.yaml').getText('UTF-8')
assert cms =~ /\nkind: +gov-info-annual-2019\n/ : 'the 2019 tables make a 2019 report'
assert cms =~ /\n  licensing: +\{lastYear: 312, change: -5, decisions: 2841\}/
return true
