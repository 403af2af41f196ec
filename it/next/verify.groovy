// next: the year replaced in the path, previous: pointing back, what carries over carried; it checks clean and builds.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('docgen: started src/docgen/2024/suqian-2024.yaml from src/docgen/2023/suqian-2023.yaml')
assert log.contains('docgen: the checks find 0 problem(s) in it')
assert log.contains('docgen: 2 data file(s) checked, 0 error(s), 0 warning(s)') : 'R1-R7 hold, no warning'

def yaml = new File(basedir, 'src/docgen/2024/suqian-2024.yaml').getText('UTF-8')
assert yaml =~ /\nyear: +2024 /
assert yaml =~ /\nprevious: +\.\.\/2023\/suqian-2023\.yaml /
assert yaml =~ /\n  carriedOver: +\[2, 1, 0, 0, 0, 0, 3\]/
assert yaml =~ /\n  rules: +\{issued: 0, repealed: 0, inForce: 7\}/
assert yaml =~ /\n  normativeDocuments: +\{issued: 0, repealed: 0, inForce: 31\}/
assert yaml.contains('\n#   （一）存在的问题。1.公开信息质量还有待提高。')
assert new File(basedir, 'target/docgen/2024/suqian-2024-2024.1.html').isFile()
return true
