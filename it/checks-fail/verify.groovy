// A report with mistakes fails the build at docgen:check, every mistake located and named, and
// nothing but the check reports is written.
import groovy.json.JsonSlurper

def file = 'src/docgen/2024/a.yaml'
def expected = [
    "${file}:28:16: R5 二、第二十条第（八）项 行政事业性收费 · 本年收费金额（单位：万元）: expected an amount (a number, 0 or more), found '/' (a slash is not 0: write 0 when there were none)",
    "${file}:47:46: R2 三、（四）1.本机关不掌握相关政府信息 · 总计: expected 1 (sum of the six applicant columns), found 2",
    "${file}:60:42: R3 三、（七）总计 · 总计: expected 2 (（一） + （二） + （三）1–8 + （四）1–3 + （五）1–5 + （六）1–3), found 1",
    "${file}:66:36: R4 行政诉讼 · 未经复议直接起诉 · 总计: expected 0 (结果维持 + 结果纠正 + 其他结果 + 尚未审结), found 3",
].collect { it.toString() }

def log = new File(basedir, 'build.log').getText('UTF-8')
expected.each { assert log.contains('[ERROR] ' + it) : "the log lacks: ${it}" }
assert log.contains('docgen: 1 data file(s) checked, 4 error(s), 0 warning(s)')
// GITHUB_ACTIONS=true (invoker.properties): each finding is a workflow command too, at the start of a line
// (a build on GitHub itself names the file from the repository root, hence the optional folders).
def annotation = ~/(?m)^::error file=(\S*\/)?src\/docgen\/2024\/a\.yaml,line=47,col=46,title=R2::三、（四）1\.本机关不掌握相关政府信息 · 总计: expected 1 \(sum of the six applicant columns\), found 2$/
assert log.findAll(annotation).size() == 1 : 'the R2 finding is annotated once at its line'
assert log.findAll(~/(?m)^::error /).size() == 4
assert !log.contains('\tat ') && !log.contains('Caused by') : 'a failed check is a message, not a stack trace'

def out = new File(basedir, 'target/docgen')
def written = []
out.eachFileRecurse { written << out.toPath().relativize(it.toPath()).toString() }
assert written.sort() == ['TEST-docgen-checks.xml', 'check-report.json', 'check-report.sarif'] : "only the reports are written: ${written}"

def report = new JsonSlurper().parse(new File(out, 'check-report.json'), 'UTF-8')
assert report.errors == 4 && report.warnings == 0 && report.filesChecked == 1
assert report.files[0].findings*.text == expected

def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(out, 'TEST-docgen-checks.xml')).documentElement
assert junit.getAttribute('tests') == '10'     // DATA, KIND, SCHEMA, R5, R1, R2, R3, R4, R6, R7
assert junit.getAttribute('failures') == '4'
def cases = junit.getElementsByTagName('testcase')
def failed = (0..<cases.length).collect { cases.item(it) }
        .findAll { it.getElementsByTagName('failure').length > 0 }.collect { it.getAttribute('name') }
assert failed == ['R5', 'R2', 'R3', 'R4']

// SARIF names each rule (with its description from rules.yaml) and each finding's file, line and column.
def sarif = new JsonSlurper().parse(new File(out, 'check-report.sarif'), 'UTF-8')
assert sarif.version == '2.1.0' && sarif.runs.size() == 1
def rules = sarif.runs[0].tool.driver.rules
assert rules.find { it.id == 'R2' }.fullDescription.text.startsWith('table 三, every row')
def results = sarif.runs[0].results
assert results*.ruleId == ['R5', 'R2', 'R3', 'R4'] && results*.level.unique() == ['error']
def r2 = results[1].locations[0].physicalLocation
assert r2.artifactLocation.uri == file && r2.region.startLine == 47 && r2.region.startColumn == 46
assert rules[results[1].ruleIndex].id == 'R2'
return true
