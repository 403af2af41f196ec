// R7 is a warning; with -Ddocgen.failOnWarning=true it fails generate, and no document is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
def r7 = "src/docgen/2022/a.yaml:23:57: R7 二、第二十条第（一）项 规章 · 现行有效件数: expected 3 " +
        "(last year's 现行有效件数 + 本年制发件数 − 本年废止件数, src/docgen/2021/a.yaml), found 0"
assert log.contains('[WARNING] ' + r7) : 'the warning is printed where it is'
assert log.contains('docgen: 2 data file(s) checked, 0 error(s), 1 warning(s)')
assert log.contains('docgen: 1 warning(s), listed above, and docgen.failOnWarning is set; no document was written')
assert !log.contains('\tat ') && !log.contains('Caused by') : 'a failed check is a message, not a stack trace'

def out = new File(basedir, 'target/docgen')
def written = []
out.eachFileRecurse { if (it.name != '.docgen.lock') written << out.toPath().relativize(it.toPath()).toString() } // builds share the lock file
assert written.sort() == ['TEST-docgen-checks.xml', 'check-report.json', 'check-report.sarif'] : "no document is written: ${written}"
def junit = new File(out, 'TEST-docgen-checks.xml').getText('UTF-8')
assert junit.contains('failures="1"') : 'under failOnWarning the warning fails its test case'
return true
