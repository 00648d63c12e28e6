// .bulwark.yaml selects every rule and fails on info; its ignore of DF017 keeps the build green.
def log = new File(basedir, 'build.log').text
assert log.contains('bulwark: 0 findings in 1 file')
assert log.contains('BUILD SUCCESS')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bulwark.sarif'))
assert sarif.runs[0].results.isEmpty()
def ran = sarif.runs[0].tool.driver.rules*.id
// select: [all] reached the audit: rules off by default ran (DF017 itself is ignored).
assert ran.contains('DF044')
assert !ran.contains('DF017')
assert !new File(basedir, 'target/bulwark.json').exists()
// The default formats: SARIF and the self-contained HTML report.
assert new File(basedir, 'target/bulwark.html').text.contains('<html')
