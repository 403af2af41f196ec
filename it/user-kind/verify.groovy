def out = new File(basedir, 'target/docgen/2024/release-2.3.1.html')
assert out.isFile() : "missing ${out}"
def html = out.getText('UTF-8')
assert html.contains('<h1>Release memo</h1>')
assert html.contains('Version 2.3.1, built 2024-03-01T10:00:00Z')
assert html.contains('&lt;b&gt;escaped&lt;/b&gt;')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('docgen: 1 data file(s) checked, 0 error(s), 0 warning(s)')
// Maven 3.9 validates plugins; VERBOSE lists every issue it finds in ours: there must be none.
assert !(log =~ /(?i)validation issues/) : 'plugin validation warnings'
return true
