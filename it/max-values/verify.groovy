def log = new File(basedir, 'build.log').getText('UTF-8')
def limit = 'more than 100000 values (maps, lists and single values): the value limit of a data file, which a project can raise with the maxValues parameter (-Ddocgen.maxValues)'
// The first build: YAML and JSON are refused alike, by the value limit named as such.
assert log =~ /src\/docgen\/register\.yaml:\d+:\d+: DATA \Q${limit}\E/
assert log =~ /src\/docgen\/register-json\.json:\d+:\d+: DATA \Q${limit}\E/
assert !log.contains('alias')
// The second build, with -Ddocgen.maxValues=150000, reads and renders both.
def out = new File(basedir, 'target/docgen')
assert new File(out, 'register-1.0.txt').getText('UTF-8').trim() == '33400 records, the last 件33399'
assert new File(out, 'register-json-1.0.txt').getText('UTF-8').trim() == '33400 records, the last 件33399'
return true
