#!/usr/bin/env python3
"""Draws the random sample of findings that an independent reviewer judges for precision.

    bench/precision-sample.py [--prefix DC,KU] [--top 10] [--per-rule 10] [--seed 7]
                              [--out sample.md] PATH...

Runs `./bulwark check --format json --fail-on none` once over the given files and directories,
keeps the findings whose rule code starts with one of the prefixes, takes the `--top` most
frequent rules and draws `--per-rule` findings of each: a seeded shuffle of the rule's findings
(one fresh generator per rule), the first finding of each file until that many distinct files,
topped up in shuffle order when the rule fires in fewer files. It prints, per finding, the rule,
severity, place, message and the lines around it, so that the reviewer reads the file itself for
anything more. docs/corpus-precision.md gives the method and the verdicts.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sample(findings, rule, seed, n):
    fs = [f for f in findings if f["rule"] == rule]
    perm = random.Random(seed).sample(fs, len(fs))
    out, seen = [], set()
    for f in perm:
        if f["path"] not in seen:
            out.append(f)
            seen.add(f["path"])
        if len(out) == n:
            break
    for f in perm:
        if len(out) == n:
            break
        if f not in out:
            out.append(f)
    return out


def context(path, line, radius=3):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().split("\n")
    except OSError as error:
        return f"    (cannot read: {error})"
    start, end = max(1, line - radius), min(len(lines), line + radius)
    return "\n".join(f"{'>' if i == line else ' '}{i:5d} | {lines[i - 1]}" for i in range(start, end + 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prefix", default="DC,KU", help="rule code prefixes, comma-separated")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--per-rule", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cwd", default=".", help="directory to run bulwark in (paths are relative to it)")
    parser.add_argument("--out", help="write the sample here instead of standard output")
    parser.add_argument("--bulwark", default=os.path.join(ROOT, "bulwark"),
                        help="the bulwark command to run (default: this checkout's launcher)")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()

    command = [args.bulwark, "check", "--format", "json", "--fail-on", "none", *args.paths]
    run = subprocess.run(command, cwd=args.cwd, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"bulwark exited with {run.returncode}: {run.stderr.strip()}")
    report = json.loads(run.stdout)
    prefixes = tuple(args.prefix.split(","))
    findings = [f for f in report["findings"] if f["rule"].startswith(prefixes)]
    counts = collections.Counter(f["rule"] for f in findings)
    top = [rule for rule, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[: args.top]]

    lines = [f"# Sample: seed {args.seed}, {args.per_rule} per rule, top {args.top} of prefixes {args.prefix}", "",
             f"{len(findings)} findings of those prefixes in {len(report['findings'])}; "
             f"{len({f['path'] for f in findings})} files.", "", "| rule | name | severity | findings |",
             "| --- | --- | --- | ---: |"]
    names = {f["rule"]: (f["name"], f["severity"]) for f in findings}
    for rule in top:
        lines.append(f"| {rule} | `{names[rule][0]}` | {names[rule][1]} | {counts[rule]} |")
    for rule in top:
        lines += ["", f"## {rule} `{names[rule][0]}` ({counts[rule]} findings)", ""]
        for i, f in enumerate(sample(findings, rule, args.seed, args.per_rule), 1):
            lines += [f"### {rule}.{i} {f['path']}:{f['line']}:{f['column']} ({f['severity']})", "",
                      f"{f['message']}", "", "```",
                      context(os.path.join(args.cwd, f["path"]), f["line"]), "```", ""]
    text = "\n".join(lines) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
