#!/usr/bin/env python3
"""Refreshes the end-of-life table behind the lifecycle rules (base-image-end-of-life and its
neighbours): bulwark-rules/src/main/resources/dev/bulwark/rules/lifecycle/end-of-life.tsv.

    git clone --depth 1 https://github.com/endoflife-date/endoflife.date /tmp/eol
    tools/end-of-life.py /tmp/eol

Rewrites the rows of the products endoflife.date tracks (Python, Debian, Ubuntu, Alpine, CentOS,
RHEL and UBI, Rocky, Alma, Amazon Linux, Node.js, Go, Java as Eclipse Temurin builds it) from the
`releases:` front matter of products/<name>.md, and keeps every other row as it is: CUDA, PyTorch,
TensorFlow and JAX are maintained by hand from the sources their rows name (see the README,
"End-of-life data"). Prints what changed. Then compile the table into the CLI
(EndOfLifeRows.java, which EndOfLifeRowsTest keeps equal to the table) and commit both with the
regenerated rule docs:

    mvn -q -B -ntp -o -pl bulwark-rules -am test -Dtest=EndOfLifeRowsTest \\
        -Dsurefire.failIfNoSpecifiedTests=false -Dbulwark.writeDocs=true

Columns (tab-separated, `-` for none): product, release, codename, eol, extended, removal, final, source.
`eol` is the date the rules judge: the end of security support for free (Debian: the end of
Debian LTS, which the official images follow; Ubuntu: the end of standard support, after which
fixes need an Ubuntu Pro subscription; RHEL: the end of maintenance support). `extended` is a
later paid or partial support end shown in messages (Ubuntu ESM, RHEL ELS, Debian's regular
security support end is not kept). `-` in `eol` means no end is set yet.
"""
import pathlib
import re
import sys

import yaml

TABLE = pathlib.Path(__file__).resolve().parent.parent / \
    'bulwark-rules/src/main/resources/dev/bulwark/rules/lifecycle/end-of-life.tsv'

# product in the table -> (endoflife.date product, field used as eol, field used as extended)
PRODUCTS = {
    'python': ('python', 'eol', None),
    'debian': ('debian', 'eoes', None),
    'ubuntu': ('ubuntu', 'eol', 'eoes'),
    'alpine': ('alpine-linux', 'eol', None),
    'centos': ('centos', 'eol', None),
    'rhel': ('rhel', 'eol', 'eoes'),
    'rocky': ('rocky-linux', 'eol', None),
    'alma': ('almalinux', 'eol', None),
    'amazonlinux': ('amazon-linux', 'eol', None),
    'node': ('nodejs', 'eol', None),
    'go': ('go', 'eol', None),
    'java': ('eclipse-temurin', 'eol', None),
}
HEADER = 'product\trelease\tcodename\teol\textended\tremoval\tfinal\tsource'

# Rows where endoflife.date disagrees with the project's own page, or leaves a date open that a
# release cadence fixes, corrected by hand with the source that says so (README, "End-of-life
# data"): (product, release) -> {column: value}. A source with "(estimate" marks a projected date,
# which messages say is one. Drop a correction once endoflife.date agrees or the day is announced.
CORRECTIONS = {
    ('debian', '9'): {'eol': '2022-06-30', 'extended': '-',
        'source': 'https://endoflife.date/debian (stretch LTS ended 30 June 2022: https://wiki.debian.org/LTS)'},
    ('ubuntu', '24.04'): {'eol': '2029-05-31', 'extended': '2034-04-25',
        'source': 'https://endoflife.date/ubuntu (ESM: 10 years from 2024-04-25 like the other LTS rows, not the Legacy add-on: https://ubuntu.com/about/release-cycle)'},
    ('rhel', '7'): {'eol': '2024-06-30', 'extended': '2028-06-30',
        'source': 'https://endoflife.date/rhel (ELS: one-time 4 years after 2024-06-30, https://www.redhat.com/en/blog/announcing-4-years-extended-life-cycle-support-els-red-hat-enterprise-linux-7)'},
    ('node', '11'): {'eol': '2019-06-01', 'extended': '-',
        'source': 'https://endoflife.date/nodejs (odd releases end on June 1: https://github.com/nodejs/Release)'},
    ('go', '1.26'): {'eol': '2027-02-09', 'extended': '-',
        'source': 'https://endoflife.date/go (estimate: ends when Go 1.28 ships, expected the second Tuesday of February 2027 by the February/August cadence, https://go.dev/doc/devel/release)'},
    ('go', '1.27'): {'eol': '2027-08-10', 'extended': '-',
        'source': 'https://endoflife.date/go (estimate: ends when Go 1.29 ships, expected the second Tuesday of August 2027 by the February/August cadence, https://go.dev/doc/devel/release)'},
}
COLUMNS = HEADER.split('\t')


def front_matter(path):
    text = path.read_text(encoding='utf-8')
    match = re.match(r'^---\n(.*?)\n---', text, re.S)
    return yaml.safe_load(match.group(1))


def day(value):
    # `true`/`false` mean "ended, date unknown" / "not ended": only dates make rows judgeable.
    return str(value) if value not in (None, True, False) else '-'


def rows_of(checkout, product):
    name, eol_field, extended_field = PRODUCTS[product]
    source = 'https://endoflife.date/' + name
    data = front_matter(checkout / 'products' / (name + '.md'))
    rows = []
    for release in data['releases']:
        cycle = str(release['releaseCycle'])
        codename = str(release.get('codename', '-')).split(' ')[0].lower() if release.get('codename') else '-'
        eol = day(release.get(eol_field))
        if eol == '-' and eol_field != 'eol':
            eol = day(release.get('eol'))
        if eol == '-' and release.get(eol_field) is True:
            continue  # ended, but the day is unknown: leave it out rather than guess
        extended = day(release.get(extended_field)) if extended_field else '-'
        cells = [product, cycle, codename, eol, extended, '-', '-', source]
        for column, value in CORRECTIONS.get((product, cycle), {}).items():
            cells[COLUMNS.index(column)] = value
        rows.append('\t'.join(cells))
    return rows


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    checkout = pathlib.Path(sys.argv[1])
    old = TABLE.read_text(encoding='utf-8').splitlines() if TABLE.exists() else [HEADER]
    kept = [line for line in old[1:] if line.split('\t')[0] not in PRODUCTS]
    fresh = []
    for product in PRODUCTS:
        fresh.extend(rows_of(checkout, product))
    lines = [HEADER] + fresh + kept
    TABLE.write_text('\n'.join(lines) + '\n', encoding='utf-8')
    before, after = set(old), set(lines)
    for line in sorted(before - after):
        print('-', line)
    for line in sorted(after - before):
        print('+', line)


if __name__ == '__main__':
    main()
