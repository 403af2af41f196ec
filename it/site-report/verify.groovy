// mvn site writes the docgen page: every data file with its kind and linked documents, every finding
// at file:line:column with its rule, and what the rules check; with and without the default reports.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('\tat ') && !log.contains('Caused by')

['site-without-defaults', 'site'].each { folder ->
    def site = new File(basedir, "target/${folder}")
    def page = new File(site, 'docgen.html')
    assert page.isFile() : "${folder}: the docgen page is written"
    // Doxia writes characters beyond ASCII as references (&#x4e8c;); read them back as text.
    def html = page.getText('UTF-8').replaceAll(/&#x([0-9a-fA-F]+);/) { all, hex -> new String(Character.toChars(Integer.parseInt(hex, 16))) }
    assert html.contains('src/docgen/2021/a.yaml') && html.contains('src/docgen/2022/a.yaml')
    assert html.contains('gov-info-annual-2021') : 'the kind of each data file'
    // The documents generate wrote, copied into the site and linked from the page.
    assert html.contains('href="docgen/2022/a-2.3.1.html"')
    assert new File(site, 'docgen/2022/a-2.3.1.html').getText('UTF-8') == new File(basedir, 'target/docgen/2022/a-2.3.1.html').getText('UTF-8')
    assert html.contains('src/docgen/2022/a.yaml:23:57') && html.contains('R7') : 'the warning, at its line, with its rule'
    assert html.contains("规章 · 现行有效件数: expected 3 (last year's 现行有效件数")
    assert html.contains('table 三, every row') : 'what the rules check, from rules.yaml'
}
assert !new File(basedir, 'target/site-without-defaults/project-info.html').exists() : 'excludeDefaults: no project-info reports'
assert new File(basedir, 'target/site/project-info.html').isFile() : 'the default reports are there beside the docgen page'
assert new File(basedir, 'target/site/project-reports.html').getText('UTF-8').contains('docgen.html') : 'the page is listed among the project reports'
return true
