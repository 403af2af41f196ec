// Writes src/docgen/kinds/notice/notice.docx, the Word template of this test, as Word stores typed
// FreeMarker: a mistake inside a branch the data does not take ([#if note??]) and one in a
// repeated table row, both misspelt. Made here so that no binary is committed.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
def p = { String... runs -> '<w:p>' + runs.collect { "<w:r><w:t xml:space=\"preserve\">${it}</w:t></w:r>" }.join('') + '</w:p>' }
def cell = { String text -> '<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>' + p(text) + '</w:tc>' }
def parts = [
    '[Content_Types].xml': head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': head + "<w:document ${ns}><w:body>"
        + p('${ti', 'tle}')
        + p('[#if note??]') + p('Note: ${noet}') + p('[/#if]')
        + '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
        + '<w:tr>' + cell('[#list changes as c]${c.title}') + cell('${c.issue?size}[/#list]') + '</w:tr></w:tbl>'
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
]
def out = new File(basedir, 'src/docgen/kinds/notice/notice.docx')
out.withOutputStream { stream ->
    def zip = new ZipOutputStream(stream)
    parts.each { name, xml ->
        zip.putNextEntry(new ZipEntry(name))
        zip.write(xml.getBytes('UTF-8'))
        zip.closeEntry()
    }
    zip.close()
}
return true
