// Writes the register in both formats: 33,400 records of two values each (no alias anywhere).
def yaml = new StringBuilder('kind: register\nrecords:\n')
def json = new StringBuilder('{"kind": "register", "records": [\n')
for (int i = 0; i < 33400; i++) {
    yaml.append("  - {no: ${i}, name: 件${i}}\n")
    json.append(i == 0 ? '' : ',\n').append("{\"no\": ${i}, \"name\": \"件${i}\"}")
}
json.append(']}\n')
new File(basedir, 'src/docgen/register.yaml').setText(yaml.toString(), 'UTF-8')
new File(basedir, 'src/docgen/register-json.json').setText(json.toString(), 'UTF-8')
return true
