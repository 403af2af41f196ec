// docgen:watch served the page, re-rendered a save, reported a broken save with its line while
// keeping the last good page, re-rendered the fix, and stopped on its own after watchSeconds.
def steps = new File(basedir, 'target/watch-steps.txt').getText('UTF-8').readLines()
println steps.join('\n')
assert steps.contains('DONE') : "the maintainer's steps did not finish: ${steps}"
assert steps.every { it.startsWith('OK') || it == 'DONE' } : steps.findAll { it.startsWith('FAIL') }
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('docgen: serving http://127.0.0.1:18931/ (Ctrl-C stops)')
assert log =~ /\[ERROR\] src\/docgen\/page\.yaml:\d+:\d+: DATA YAML syntax/
assert log.contains('docgen: not built; the last good documents are kept')
assert log.contains('docgen: watch stopped')
assert new File(basedir, 'target/docgen/page-1.0.html').getText('UTF-8').contains('<h1>Third version</h1>')
return true
