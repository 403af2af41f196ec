def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('src/docgen/2024/broken.yaml:5:1: DATA duplicate key \'title\' (first defined at line 2)')
assert !log.contains('\tat ') && !log.contains('Caused by') : 'a data error is a message, not a stack trace'
assert !new File(basedir, 'target/docgen').exists() : 'nothing is written when the data is bad'
return true
