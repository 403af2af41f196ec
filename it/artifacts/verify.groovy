// install and deploy publish every document as an attached artifact: type = extension, classifier = its path.
def built = new File(basedir, 'target/docgen/2021/yutan-1.0.html')
assert built.isFile()
assert !built.getText('UTF-8').contains('DRAFT') : 'a release version is not marked as a draft'
def local = new File(localRepositoryPath, 'org/example/it/artifacts/1.0')
def remote = new File(basedir, 'target/remote-repo/org/example/it/artifacts/1.0')
for (dir in [local, remote]) {
    def html = new File(dir, 'artifacts-1.0-2021-yutan.html')
    def txt = new File(dir, 'artifacts-1.0-2021-yutan.txt')
    assert html.isFile() : "missing ${html}"
    assert txt.isFile() : "missing ${txt}"
    assert html.bytes == built.bytes
}
def manifest = new File(basedir, 'target/docgen/manifest.json').getText('UTF-8')
assert manifest.contains('"classifier" : "2021-yutan"')
return true
