def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/docgen/2022/county-all.yaml:5:5: DATA rollup: member src/docgen/2022/departments/health.yaml is for the year 2021, not 2022')
assert log =~ /\[ERROR\] src\/docgen\/2022\/departments\/transport\.yaml:\d+:\d+: R2 一、本年新收政府信息公开申请数量 · 总计: expected 5 \(sum of the six applicant columns\), found 6/
assert log =~ /\[ERROR\] src\/docgen\/2022\/county\.yaml:6:\d+: R2 一、本年新收政府信息公开申请数量 · 总计: expected 17 \(sum of the six applicant columns\), found 18/ : 'the sum is checked like any report'
assert !new File(basedir, 'target/docgen/2022/county-2022.1.html').exists() : 'nothing is written'
return true
