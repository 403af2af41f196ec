// Run by maven-invoker-plugin: the built-in release-notes kind lists exactly the commits after v1.0.0, grouped,
// and the tests run and skipped, in both formats.
import java.util.zip.ZipFile

def html = new File(basedir, 'target/docgen/release-1.1.0.html')
def docx = new File(basedir, 'target/docgen/release-1.1.0.docx')
assert html.isFile() : "missing ${html}"
assert docx.isFile() : "missing ${docx}"
def page = html.getText('UTF-8')

def items = { String group ->
    def list = page =~ /(?s)<ul class="${group}">(.*?)<\/ul>/
    if (!list.find()) return []
    (list.group(1) =~ /(?s)<li>(.*?) <span class="hash">/).collect { it[1].replaceAll(/<[^>]+>/, '') }
}
assert page.contains('<h1>Greeter 1.1.0</h1>')
assert page.contains('Release notes, 2026-11-06') : 'the date of the commit built'
assert page.contains('Changes since v1.0.0: 5 commit(s).')
assert items('breaking') == ['greet() returns the greeting instead of printing it']
assert items('features') == ['cli: greet several names at once']
assert items('fixes') == ['drop the spaces around a name']
assert items('other') == ['Update the notes', 'docs: usage in the README']
assert page.contains('callers print the result themselves.')
assert !page.contains('a fix released in 1.0.0') && !page.contains('greet by name') : 'only the commits after the tag'
assert page.contains('3 tests run: 2 passed, 0 failed, 0 with errors, 1 skipped.')
assert page =~ /<td>com.example.greeter.GreeterTest<\/td><td class="n">3<\/td><td class="n">0<\/td><td class="n">0<\/td><td class="n">1<\/td>/
assert !page.contains('<h2>Dependencies</h2>') : 'dependencies only when asked for'

def zip = new ZipFile(docx)
def document
try {
    document = zip.getInputStream(zip.getEntry('word/document.xml')).getText('UTF-8')
} finally {
    zip.close()
}
def text = document.replaceAll(/<w:tab\/>/, '\t').replaceAll(/<\/w:p>/, '\n').replaceAll(/<[^>]+>/, '')
assert text.contains('Greeter 1.1.0')
assert text.contains('Changes since v1.0.0: 5 commit(s).')
assert text.contains('cli: greet several names at once')
assert text.contains('drop the spaces around a name')
assert text.contains('greet() returns the greeting instead of printing it')
assert !text.contains('a fix released in 1.0.0')
assert text.contains('3 tests run: 2 passed, 0 failed, 0 with errors, 1 skipped.')
assert text.contains('com.example.greeter.GreeterTest')
assert !document.contains('${') && !document.contains('[#') : 'no template text left'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('[WARNING] docgen: .git') : 'a tag was found: nothing assumed'
assert !(log =~ /(?i)validation issues/) : 'plugin validation warnings'
return true
