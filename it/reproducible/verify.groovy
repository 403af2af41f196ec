import java.security.MessageDigest
def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def run1 = new File(basedir, 'target/run1')
def run2 = new File(basedir, 'target/run2')
def names = ['2021/yutan-1.0.html', '2021/yutan-1.0.txt', 'manifest.json']
for (name in names) {
    assert sha(new File(run1, name)) == sha(new File(run2, name)) : "${name} differs between two clean builds"
}
// The third build wrote into run1 again; had it rewritten anything, run1's files would be newer than run2's.
for (name in names) {
    assert new File(run1, name).lastModified() <= new File(run2, name).lastModified() : "${name} was rewritten"
}
return true
