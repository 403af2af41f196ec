import java.util.zip.ZipFile
import javax.xml.parsers.DocumentBuilderFactory

// Reads the rendered Word document the way a user would check it: the text of each paragraph and table cell.
def out = new File(basedir, 'target/docgen/2024/release-2.3.1.docx')
assert out.isFile() : "missing ${out}"
def W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def zip = new ZipFile(out)
def parse = { String name ->
    def f = DocumentBuilderFactory.newInstance()
    f.namespaceAware = true
    f.newDocumentBuilder().parse(zip.getInputStream(zip.getEntry(name)))
}
def text = { node ->
    def sb = new StringBuilder()
    def walk
    walk = { n ->
        for (def c = n.firstChild; c != null; c = c.nextSibling) {
            if (c.namespaceURI == W && c.localName == 't') sb.append(c.textContent)
            else if (c.namespaceURI == W && c.localName == 'br') sb.append('\n')
            else if (c.nodeType == 1) walk(c)
        }
    }
    walk(node)
    sb.toString()
}
def doc = parse('word/document.xml')
def paragraphs = doc.getElementsByTagNameNS(W, 'p')
def body = (0..<paragraphs.length).collect { paragraphs.item(it) }.findAll { p ->
    def a = p.parentNode
    while (a != null && !(a.namespaceURI == W && a.localName == 'tbl')) a = a.parentNode
    a == null
}.collect { text(it) }
assert body == ['Release notice', 'Version 2.3.1, status final', 'Note: Two lines:\nsecond line'] : body

def rows = doc.getElementsByTagNameNS(W, 'tr')
def cells = (0..<rows.length).collect { i ->
    def tcs = rows.item(i).getElementsByTagNameNS(W, 'tc')
    (0..<tcs.length).collect { text(tcs.item(it)) }
}
assert cells == [['Change', 'Issues'], ['Faster rendering', '3'], ['Escaped </w:t><w:p> & ]]>', '1808595']] : cells

def header = text(parse('word/header1.xml').documentElement)
assert header == 'Example Agency <R&D>' : header
def core = parse('docProps/core.xml')
assert core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title').item(0).textContent == 'Release notice'
assert core.getElementsByTagNameNS('http://purl.org/dc/terms/', 'created').item(0).textContent == '2024-03-01T10:00:00Z'
zip.close()

// Valid for Word, not only for LibreOffice: every part against the ECMA-376 transitional schemas.
io.github.docgen.wordml.TransitionalSchema.assertValid(out.bytes)

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('docgen: 1 data file(s) checked, 0 error(s), 0 warning(s)')
assert !(log =~ /(?i)validation issues/) : 'plugin validation warnings'
return true
