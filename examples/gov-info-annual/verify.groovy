// Run by maven-invoker-plugin: the example a newcomer copies must build and produce the report page,
// the official Word document, its PDF and its OFD.
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

// Valid for Word, not only for LibreOffice: every part against the ECMA-376 transitional schemas.
io.github.docgen.wordml.TransitionalSchema.assertValid(docx.bytes)

// The print layout as PDF, made by the plugin itself (no LibreOffice): fonts shipped with the plugin
// when the machine has none of the official ones.
def ownPdf = new File(basedir, 'target/docgen/2021/yutan-2021.1.pdf')
assert ownPdf.isFile() : "missing ${ownPdf}"
assert ownPdf.bytes[0..4] == '%PDF-'.bytes.toList() : 'not a PDF'
def hasPoppler = System.getenv('PATH').split(':').any { d -> new File(d, 'pdftotext').canExecute() }
if (hasPoppler) {
    def ownText = ['pdftotext', ownPdf.path, '-'].execute().text.replaceAll(/\s+/, '')
    assert ownText.contains('玉潭镇人民政府2021年政府信息公开工作年度报告')
    assert ownText.contains('三、收到和处理政府信息公开申请情况') && ownText.contains('六、其他需要报告的事项')
    assert !ownText.contains('征求意见稿') : 'a release version is not marked as a draft'
    def fonts = ['pdffonts', ownPdf.path].execute().text.readLines().drop(2)
    assert !fonts.isEmpty() && fonts.every { it =~ /Identity-H\s+yes\s+yes\s+yes/ } : "every font embedded as a subset: ${fonts}"
}

// The same layout as OFD (GB/T 33190-2016): one Content.xml per page of the PDF, the text as
// TextCode elements, the fonts as TrueType files in the package.
def ofd = new File(basedir, 'target/docgen/2021/yutan-2021.1.ofd')
assert ofd.isFile() : "missing ${ofd}"
def ofdZip = new ZipFile(ofd)
try {
    def names = ofdZip.entries().collect { it.name }
    assert names[0] == 'OFD.xml' : "OFD.xml first: ${names}"
    def ofdXml = ofdZip.getInputStream(ofdZip.getEntry('OFD.xml')).getText('UTF-8')
    assert ofdXml.contains('<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>')
    assert ofdXml.contains('玉潭镇人民政府2021年政府信息公开工作年度报告') : 'the title in DocInfo'
    def pages = names.findAll { it ==~ /Doc_0\/Pages\/Page_\d+\/Content.xml/ }
    assert pages.size() >= 4 : "pages: ${pages}"
    def text = pages.collect { page ->
        (ofdZip.getInputStream(ofdZip.getEntry(page)).getText('UTF-8') =~ /<ofd:TextCode[^>]*>([^<]*)<\/ofd:TextCode>/).collect { it[1] }.join('')
    }.join('')
    assert text.contains('玉潭镇人民政府2021年政府信息公开工作年度报告')
    assert text.contains('三、收到和处理政府信息公开申请情况') && text.contains('六、其他需要报告的事项')
    def fonts = names.findAll { it ==~ /Doc_0\/Res\/font_\d+\.ttf/ }
    assert !fonts.isEmpty() && fonts.every { name ->
        def head = ofdZip.getInputStream(ofdZip.getEntry(name)).bytes[0..3]
        head == [0, 1, 0, 0] as List
    } : "TrueType fonts in the package: ${fonts}"
    if (hasPoppler) {
        def pdfPages = (['pdfinfo', ownPdf.path].execute().text =~ /Pages:\s+(\d+)/)[0][1] as int
        assert pages.size() == pdfPages : "as many OFD pages (${pages.size()}) as PDF pages (${pdfPages})"
    }
} finally {
    ofdZip.close()
}

// The document opens: LibreOffice converts it to PDF, and the PDF's text holds the report's numbers.
// (.ci/run installs libreoffice-writer-nogui and fonts-noto-cjk; a machine without soffice skips this.)
def soffice = ['soffice', '/usr/bin/soffice'].find { new File(it).isAbsolute() ? new File(it).canExecute() : System.getenv('PATH').split(':').any { d -> new File(d, it).canExecute() } }
if (soffice != null) {
    def pdfDir = new File(basedir, 'target/pdf')
    pdfDir.mkdirs()
    def profile = new File(basedir, 'target/lo-profile').toURI().toString()
    def convert = [soffice, "-env:UserInstallation=${profile}", '--headless', '--convert-to', 'pdf', '--outdir', pdfDir.path, docx.path].execute()
    convert.waitForOrKill(180_000)
    assert convert.exitValue() == 0 : "LibreOffice failed: ${convert.err.text}"
    def pdf = new File(pdfDir, 'yutan-2021.1.pdf')
    assert pdf.length() > 10_000 : 'LibreOffice made no real PDF'
    // The grid spaces characters apart in the extracted text; compare without white space.
    def text = ['pdftotext', pdf.path, '-'].execute().text.replaceAll(/\s+/, '')
    assert text.contains('玉潭镇人民政府2021年政府信息公开工作年度报告')
    assert text.contains('三、收到和处理政府信息公开申请情况')
    assert text.contains('—1—') && text.contains('—2—') : 'page numbers in the odd and even footers'
    // The grid holds in LibreOffice: a full page of body text (page 2) has 22 lines, and its full lines
    // 28 characters (a Latin letter or digit counts half; a closing mark may hang past the 28th).
    def page2 = ['pdftotext', '-f', '2', '-l', '2', '-layout', pdf.path, '-'].execute().text.readLines()
            .findAll { it.trim() && !(it.trim() ==~ /—\s*\d+\s*—/) }
    assert page2.size() == 22 : "22 lines on a full page; LibreOffice laid out ${page2.size()}"
    def widths = page2.collect { line ->
        def chars = line.replaceAll(/\s/, '').toList()
        chars.count { it < '\u0080' } / 2 + chars.count { it >= '\u0080' }
    }
    assert widths.count { it >= 27.5 && it <= 29 } >= 15 : "28 characters a line: ${widths}"
    assert widths.every { it <= 29 } : "no line wider than 28 characters and a hanging mark: ${widths}"
}
return true
