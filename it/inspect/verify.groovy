// docgen:inspect lists, per template of a built-in kind, the data paths it reads with their lines
// (Word: paragraphs), where the Word directives act, and the schema paths no template reads.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] kind gov-info-annual-2021 (templates/gov-info-annual-2021)')
assert log =~ /\[INFO\] {7}proactive\.feesWanYuan +word\/document\.xml paragraphs \d+ \(table 1, row \d+, cell \d+\)/
assert log =~ /\[INFO\] {7}applications\.results\.total +\d+:\d+/
assert log =~ /\[INFO\] {7}applications\.results\.total\[\] +word\/document\.xml paragraphs/
assert log.contains(': [#if date??] acts on whole paragraphs')
assert log.contains('[INFO]   schema paths no template reads:')
assert log.contains('[INFO]     previous')
assert log.contains('"kind" : "gov-info-annual-2019"')
assert log.contains('"path" : "proactive.fees.lastYear"')
assert !new File(basedir, 'target/docgen').exists() : 'inspect writes nothing'
return true
