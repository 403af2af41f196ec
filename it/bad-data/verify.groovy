def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('src/docgen/2024/broken.yaml:5:1: DATA duplicate key \'title\' (first defined at line 2)')
assert !log.contains('\tat ') && !log.contains('Caused by') : 'a data error is a message, not a stack trace'
// Nothing is written when the data is bad, except the check reports (which say why).
def written = []
def out = new File(basedir, 'target/docgen')
if (out.exists()) {
    out.eachFileRecurse { written << out.toPath().relativize(it.toPath()).toString() }
}
assert written.sort() == ['TEST-docgen-checks.xml', 'check-report.json', 'check-report.sarif'] : "only the check reports are written: ${written}"
return true
