// Run by maven-invoker-plugin: the release-notes example writes the notes of its version in both formats.
import java.util.zip.ZipFile

def html = new File(basedir, 'target/docgen/changes-1.4.0.html')
def docx = new File(basedir, 'target/docgen/changes-1.4.0.docx')
assert html.isFile() : "missing ${html}"
assert docx.isFile() : "missing ${docx}"

def page = html.getText('UTF-8')
assert page.contains('Example Gateway 1.4.0')
assert page.contains('Rate limits per API key, configured in gateway.yaml under limits.')
assert page.contains('Query strings with &amp; and &lt; in parameter values are forwarded unchanged.')
assert !page.contains('The default upstream timeout is 30 seconds') : 'only the notes of 1.4.0'

def zip = new ZipFile(docx)
def document
try {
    document = zip.getInputStream(zip.getEntry('word/document.xml')).getText('UTF-8')
} finally {
    zip.close()
}
assert document.contains('Example Gateway 1.4.0')
assert document.contains('Rate limits per API key, configured in gateway.yaml under limits.')
assert document.contains('Query strings with &amp; and &lt; in parameter values are forwarded unchanged.')
assert !document.contains('The default upstream timeout is 30 seconds') : 'only the notes of 1.4.0'
assert !document.contains('${') && !document.contains('[#') : 'no template text left'
// Valid for Word, not only for LibreOffice: every part against the ECMA-376 transitional schemas.
io.github.docgen.wordml.TransitionalSchema.assertValid(docx.bytes)
return true
