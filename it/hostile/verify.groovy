def log = new File(basedir, 'build.log').getText('UTF-8')
// Data: billion laughs and a class-instantiating tag are refused, each at its place.
assert log.contains('src/docgen/2024/laughs.yaml:') && log.contains('(alias limit)')
assert log.contains('src/docgen/2024/tagged.yaml:2:7: DATA the tag tag:yaml.org,2002:java.io.File is not allowed')
// Template: ?new on Execute is refused, naming template, line and column.
assert log =~ /src\/docgen\/kinds\/memo\/memo\.ftlh:3:\d+: TEMPLATE/
assert !log.contains('uid=') : 'the command never ran'
assert !log.contains('\tat ') && !log.contains('OutOfMemoryError') && !log.contains('StackOverflowError')
def out = new File(basedir, 'target/docgen')
def written = out.exists() ? out.listFiles().findAll { !it.name.startsWith('check-report') && !it.name.startsWith('TEST-') && it.name != '.docgen.lock' } : []
assert written.isEmpty() : "nothing but the check reports (and the lock file builds share) is written: ${written}"
return true
