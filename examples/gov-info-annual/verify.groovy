// Run by maven-invoker-plugin: the example a newcomer copies must build and produce the report page.
def out = new File(basedir, 'target/docgen/2021/yutan-2021.1.html')
assert out.isFile() : "missing ${out}"
def html = out.getText('UTF-8')
assert html.contains('玉潭镇人民政府2021年政府信息公开工作年度报告')
assert html.contains('三、收到和处理政府信息公开申请情况')
assert !html.contains("征求意见稿") : "a release version is not marked as a draft"
return true
