// Plays the maintainer while docgen:watch runs (bounded by watchSeconds in the pom): saves a
// change, a broken file and the fix, and checks each through HTTP. What it saw is written to
// target/watch-steps.txt for verify.groovy; nothing here fails the build itself.
def base = 'http://127.0.0.1:18931/'
def data = new File(basedir, 'src/docgen/page.yaml')
def steps = new File(basedir, 'target/watch-steps.txt')
steps.parentFile.mkdirs()
steps.text = ''
def note = { String line -> steps << line + '\n' }
def get = { String path ->
    try { new URL(base + path).getText('UTF-8') } catch (IOException e) { null }
}
// Waits up to `seconds` for `test` to hold; returns the milliseconds it took, or -1.
def await = { double seconds, Closure test ->
    long start = System.currentTimeMillis()
    while (System.currentTimeMillis() - start < seconds * 1000) {
        if (test()) {
            return System.currentTimeMillis() - start
        }
        Thread.sleep(100)
    }
    return -1
}
Thread.start('watch-it-maintainer') {
    try {
        if (await(120) { get('page-1.0.html')?.contains('<h1>First version</h1>') } < 0) {
            note "FAIL first page never served: ${get('page-1.0.html')}"
            return
        }
        def served = get('page-1.0.html')
        note(served.contains('/__docgen/version') ? 'OK live reload script served' : 'FAIL no live reload script')
        def onDisk = new File(basedir, 'target/docgen/page-1.0.html').getText('UTF-8')
        note(onDisk.contains('__docgen') ? 'FAIL script written into the file' : 'OK file without script')
        note(get('')?.contains('page-1.0.html') ? 'OK index lists the page' : 'FAIL no index')

        data.text = 'kind: page\ntitle: Second version\n'
        long took = await(5) { get('page-1.0.html')?.contains('<h1>Second version</h1>') }
        note(took >= 0 ? "OK save re-rendered in ${took} ms" : 'FAIL save not re-rendered within 5 s')

        data.text = 'kind: page\ntitle: [unclosed\n'
        took = await(5) { get('__docgen/version') =~ /page\.yaml:\d+:\d+: DATA YAML syntax/ }
        note(took >= 0 ? 'OK broken save reported with its line' : 'FAIL broken save not reported: ' + get('__docgen/version'))
        note(get('page-1.0.html')?.contains('<h1>Second version</h1>') ? 'OK last good page kept' : 'FAIL last good page lost')

        data.text = 'kind: page\ntitle: Third version\n'
        took = await(5) { get('page-1.0.html')?.contains('<h1>Third version</h1>') }
        note(took >= 0 ? "OK fix re-rendered in ${took} ms" : 'FAIL fix not re-rendered within 5 s')
        // the page is on disk a moment before the build's state is published: wait for it
        took = await(5) { get('__docgen/version')?.contains('"errors":[]') }
        note(took >= 0 ? 'OK errors cleared' : 'FAIL errors not cleared: ' + get('__docgen/version'))
        note 'DONE'
    } catch (Throwable e) {
        note "FAIL ${e}"
    }
}
return true
