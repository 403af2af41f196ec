// A -T 2 reactor: both modules render concurrently, each its own documents, none interleaved.
for (m in ['a', 'b']) {
    for (i in 1..8) {
        def f = new File(basedir, "${m}/target/docgen/r${i}-1.0-SNAPSHOT.html")
        assert f.isFile() : "missing ${f}"
        def html = f.getText('UTF-8')
        assert html.contains("<h1>Module ${m} report ${i}</h1>")
        assert html.contains('<p>DRAFT</p>') : 'a SNAPSHOT build is marked as a draft'
    }
}
return true
