// failOn=error: the committed token (an error) fails the build; both reports are written first.
def log = new File(basedir, 'build.log').text
assert log.contains('DF008 secret-value-in-dockerfile')
assert log.contains('DF003 latest-tag')
assert log =~ /bulwark: \d+ findings? at or above `error` \(fail-on\)/
assert log.contains('BUILD FAILURE')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bulwark.sarif'))
assert sarif.version == '2.1.0'
def rules = sarif.runs[0].results*.ruleId
assert rules.contains('DF008') && rules.contains('DF003')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bulwark.json'))
assert json.findings*.path.every { it == 'Dockerfile' }
