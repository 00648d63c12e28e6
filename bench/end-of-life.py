#!/usr/bin/env python3
"""End-of-life findings on the shared corpus and projects, counted by rule kind and product.

    bench/end-of-life.py [--as-of YYYY-MM-DD] [SHARED_DIR]     (default ../shared; as of 2026-11-01)

Runs ./bulwark once over SHARED/corpus and once over SHARED/projects (with the TREE.tsv listings,
as bench/projects.sh does), selecting only the lifecycle rules, and prints a Markdown table of the
findings per product (the release a message names: "Python 3.8", "Debian 10", "CUDA 11.3"), then
the ten most frequent releases. Skips with a message when the shared folder is absent.
"""
import argparse
import collections
import json
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
RULES = ('DF121,DF122,DF123,DF124,DC053,DC054,DC055,DC056,KU051,KU052,KU053,KU054')
KIND = {'DF121': 'ended', 'DC053': 'ended', 'KU051': 'ended', 'DF122': 'ending soon', 'DC054': 'ending soon',
        'KU052': 'ending soon', 'DF123': 'CUDA images', 'DC055': 'CUDA images', 'KU053': 'CUDA images',
        'DF124': 'framework', 'DC056': 'framework', 'KU054': 'framework'}
PRODUCTS = ['Python', 'Node.js', 'Go', 'Java', 'Debian', 'Ubuntu', 'Alpine Linux', 'CentOS',
            'Red Hat Enterprise Linux', 'Rocky Linux', 'AlmaLinux', 'Amazon Linux', 'CUDA', 'PyTorch',
            'TensorFlow', 'JAX']
RELEASE = re.compile(r'(?:runs|is based on|ships|installs|is a|is) (' + '|'.join(map(re.escape, PRODUCTS))
                     + r') ([0-9][0-9.]*)')


def audit(target, as_of, listings):
    env = dict(os.environ)
    if listings:
        env['BULWARK_JAVA_OPTS'] = '-Dbulwark.treeListings=true'
    out = subprocess.run([str(ROOT / 'bulwark'), 'check', '--format', 'json', '--fail-on', 'none', '--select', RULES,
                          '--as-of', as_of, str(target)], capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out)['findings']


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--as-of', default='2026-11-01')
    parser.add_argument('shared', nargs='?', default=str(ROOT.parent / 'shared'))
    args = parser.parse_args()
    shared = pathlib.Path(args.shared)
    if not (shared / 'corpus').is_dir():
        print(f'skipped: no corpus at {shared} (set the path as the argument)')
        return
    counts = collections.Counter()
    releases = collections.Counter()
    totals = collections.Counter()
    for name, listings in (('corpus', False), ('projects', True)):
        for f in audit(shared / name, args.as_of, listings):
            m = RELEASE.search(f['message'])
            product = m.group(1) if m else '?'
            counts[(name, KIND[f['rule']], product)] += 1
            totals[name] += 1
            if m:
                releases[f'{product} {m.group(2).rstrip(".")} ({KIND[f["rule"]]})'] += 1
    print(f'End-of-life findings as of {args.as_of}: corpus {totals["corpus"]}, projects {totals["projects"]}\n')
    print('| kind | product | corpus | projects |\n| --- | --- | ---: | ---: |')
    for kind, product in sorted({(k, p) for (_, k, p) in counts}):
        print(f'| {kind} | {product} | {counts[("corpus", kind, product)]} | {counts[("projects", kind, product)]} |')
    print('\nMost frequent releases:')
    for release, n in releases.most_common(10):
        print(f'- {release}: {n}')


if __name__ == '__main__':
    sys.exit(main())
