// One published page imported: the data file lands at src/docgen/<year>/<name>.yaml, checks clean, and renders.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('docgen: imported published/jiaotong-2021.htm into src/docgen/2021/jiaotong-2021.yaml')
assert log.contains('docgen: 1 report(s) imported; the checks find 0 problem(s) in them')
assert !log.contains('[WARNING] published/') : 'every number and paragraph of the page was read'

def yaml = new File(basedir, 'src/docgen/2021/jiaotong-2021.yaml').getText('UTF-8')
assert yaml.startsWith('# Imported by docgen:import from jiaotong-2021.htm')
assert yaml =~ /\nkind: +gov-info-annual-2021\n/
assert yaml =~ /\nagency: +某县交通运输局 /
assert yaml =~ /\ndate: +2022-01-20 /
assert yaml =~ /\n  feesWanYuan: +59237\.2449 /
assert yaml =~ /\n      internalAffairs: +\[71, 72, 73, 74, 75, 76, 441\] +# 5\.属于三类内部事务信息\n/ : 'the published 三类内容事务信息 is the official row'
assert yaml =~ /\n  lawsuitAfterReview: +\[9, 11, 12, 13, 45\]/
assert yaml.contains('\n  （一）加强组织领导。为确保政务公开各项工作落到实处，')

def html = new File(basedir, 'target/docgen/2021/jiaotong-2021-2022.1.html')
assert html.isFile() : 'the imported report builds'
assert new File(basedir, 'target/docgen/2021/jiaotong-2021-2022.1.docx').isFile()
return true
