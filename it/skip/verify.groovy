assert !new File(basedir, 'target/docgen').exists() : 'docgen.skip must write nothing'
assert new File(basedir, 'build.log').getText('UTF-8').contains('docgen: skipped (docgen.skip)')
return true
