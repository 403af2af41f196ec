// The second clean build restored the documents from the local build cache, byte for byte, without rendering.
import java.security.MessageDigest
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Found cached build, restoring org.example.it:build-cache from cache')
assert log.contains('Skipping plugin execution (cached): docgen:generate')
assert log.findAll(/docgen: 2 document\(s\) in .*: 2 rendered/).size() == 1 : 'rendered by the first build only'

def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def out = new File(basedir, 'target/docgen')
// The manifest is the first build's: it lists the SHA-256 of every document as that build rendered it.
def manifest = new JsonSlurper().parse(new File(out, 'manifest.json'), 'UTF-8')
assert manifest.documents*.path.sort() == ['2021/a-2.3.1.docx', '2021/a-2.3.1.html']
manifest.documents.each { doc ->
    assert sha256(new File(out, doc.path)) == doc.sha256 : "${doc.path} is restored byte for byte"
}
assert new File(out, 'check-report.sarif').isFile() : 'the check reports are restored with the documents'

// Attached again: the second build installed the restored documents.
def installed = new File(localRepositoryPath, 'org/example/it/build-cache/2.3.1')
['2021-a.html': '2021/a-2.3.1.html', '2021-a.docx': '2021/a-2.3.1.docx'].each { classifier, path ->
    def artifact = new File(installed, "build-cache-2.3.1-${classifier}")
    assert artifact.isFile() : "${artifact} is installed"
    assert sha256(artifact) == sha256(new File(out, path))
}
return true
