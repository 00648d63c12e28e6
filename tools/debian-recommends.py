#!/usr/bin/env python3
"""Writes the table behind `apt-no-install-recommends` (DF012): the Debian packages whose install
brings recommended packages along, so that `--no-install-recommends` changes what is installed.

    apt-cache dumpavail > Packages   # or an uncompressed dists/<release>/main/binary-amd64/Packages
    tools/debian-recommends.py Packages > bulwark-rules/src/main/resources/dev/bulwark/rules/dockerfile/debian-recommends.bin
    mvn -q -B -ntp -o -pl bulwark-rules -am test -Dtest=DebianRecommendsHashesTest \\
        -Dsurefire.failIfNoSpecifiedTests=false -Dbulwark.writeDocs=true

The second command compiles the table into the CLI (DebianRecommendsHashes.java, which the test
keeps equal to the table): reading it as a resource at run time opened the rules jar.

A package brings recommendations when a package of its dependency closure (Depends and
Pre-Depends, first alternatives, virtual packages resolved to a provider) recommends a package
that is neither in that closure nor in a base image (the closure of the Essential and `required`
packages, which every Debian and Ubuntu image holds). The output is the package names' 32-bit
FNV-1a hashes (over the ASCII name), as big-endian signed ints in ascending order: 4 bytes per
package instead of the names, looked up by binary search (DebianRecommends.java). A name outside
the table is either a package whose install brings nothing more, or one Debian does not have
(vendor repositories, Ubuntu-only packages); the rule stays silent on both.
"""
import collections
import struct
import sys


def read_packages(path):
    packages, current = {}, {}
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line:
                if 'Package' in current:
                    packages.setdefault(current['Package'], current)
                current = {}
                continue
            if line[0] in ' \t':
                continue
            key, _, value = line.partition(':')
            current[key] = value.strip()
    if 'Package' in current:
        packages.setdefault(current['Package'], current)
    return packages


def first_names(field):
    names = []
    for alternatives in field.split(','):
        alternatives = alternatives.strip()
        if alternatives:
            names.append(alternatives.split('|')[0].strip().split(' ')[0].split(':')[0])
    return names


def main():
    packages = read_packages(sys.argv[1])
    providers = collections.defaultdict(list)
    for name, fields in packages.items():
        for provided in fields.get('Provides', '').split(','):
            provided = provided.strip().split(' ')[0]
            if provided:
                providers[provided].append(name)

    def resolve(name):
        if name in packages:
            return name
        return providers[name][0] if name in providers else None

    def closure(starts):
        seen, stack = set(), list(starts)
        while stack:
            name = resolve(stack.pop())
            if name is None or name in seen:
                continue
            seen.add(name)
            for field in ('Depends', 'Pre-Depends'):
                stack.extend(first_names(packages[name].get(field, '')))
        return seen

    base = closure([n for n, f in packages.items() if f.get('Priority') == 'required' or f.get('Essential') == 'yes'])

    def brings_recommendations(name):
        installed = closure([name]) - base
        for package in installed:
            for recommended in first_names(packages[package].get('Recommends', '')):
                target = resolve(recommended)
                if target and target not in installed and target not in base:
                    return True
        return False

    hashes = set()
    for name in packages:
        if brings_recommendations(name):
            h = 0x811c9dc5
            for b in name.encode('ascii', errors='replace'):
                h = ((h ^ b) * 0x01000193) & 0xffffffff
            hashes.add(h - (1 << 32) if h >= 1 << 31 else h)
    sys.stderr.write(f'{len(hashes)} of {len(packages)} packages bring recommendations\n')
    sys.stdout.buffer.write(b''.join(struct.pack('>i', h) for h in sorted(hashes)))


if __name__ == '__main__':
    main()
