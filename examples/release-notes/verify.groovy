// Run by maven-invoker-plugin: the release-notes example writes the notes of its version in both formats,
// from changes typed by hand (its own kind) and, in the module from-git, from the build's facts (the built-in kind).
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

// from-git: the built-in kind. Its changes are those of the Git repository the example sits in (in a
// checkout of docgen-maven-plugin, docgen's own history), so only their heading is checked here;
// it/release-facts checks the lists against a history of its own.
def fromGit = new File(basedir, 'from-git/target/docgen/release-1.4.0.html')
assert fromGit.isFile() : "missing ${fromGit}"
assert new File(basedir, 'from-git/target/docgen/release-1.4.0.docx').isFile()
def notes = fromGit.getText('UTF-8')
assert notes.contains('<h1>Example Gateway client 1.4.0</h1>')
assert notes.contains('The client now reads the gateway&#39;s rate-limit headers.')
assert notes.contains('<li>RateLimit.parse reads X-RateLimit-Limit and X-RateLimit-Remaining.</li>')
assert notes =~ /<p class="range">(Changes since |All \d+ commit|No Git history)/
assert notes.contains('2 tests run: 1 passed, 0 failed, 0 with errors, 1 skipped.')
assert notes =~ /<td>org.junit.jupiter:junit-jupiter-api<\/td><td>5.11.4<\/td><td>test<\/td><td>Eclipse Public License v2.0<\/td>/
return true
