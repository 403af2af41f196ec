// Run by maven-invoker-plugin: the example a newcomer copies must build and produce the report page
// and the official Word document.
import java.util.zip.ZipFile

def out = new File(basedir, 'target/docgen/2021/yutan-2021.1.html')
assert out.isFile() : "missing ${out}"
def html = out.getText('UTF-8')
assert html.contains('玉潭镇人民政府2021年政府信息公开工作年度报告')
assert html.contains('三、收到和处理政府信息公开申请情况')
assert !html.contains("征求意见稿") : "a release version is not marked as a draft"
def docx = new File(basedir, 'target/docgen/2021/yutan-2021.1.docx')
assert docx.isFile() : "missing ${docx}"
def zip = new ZipFile(docx)
def document
try {
    document = zip.getInputStream(zip.getEntry('word/document.xml')).getText('UTF-8')
} finally {
    zip.close()
}
assert document.contains('玉潭镇人民政府') && document.contains('年政府信息公开工作年度报告')
assert document.contains('三、收到和处理政府信息公开申请情况')
assert !document.contains('${') && !document.contains('[#') : 'no template text left'
assert !document.contains('征求意见稿') : 'a release version is not marked as a draft'
return true
