#!/usr/bin/env python3
"""Agreement of bulwark with hadolint's own rule tests.

    bench/hadolint-agreement.py HADOLINT_CHECKOUT [--misses] [--code DL3014]

Reads the rule specs of a hadolint checkout (test/Hadolint/Rule/DL*Spec.hs), evaluates the
Dockerfile text of each `ruleCatches`, `ruleCatchesNot`, `onBuildRuleCatches` and
`onBuildRuleCatchesNot` assertion, writes each case to a temporary file and runs `./bulwark check
--format json` once over all of them, with every rule that declares the DL code as an alias
selected. A case agrees when bulwark reports the DL code (through a rule's aliases) as hadolint's
test expects: at least once for `ruleCatches`, exactly once for `onBuildRuleCatches`, never for
the `Not` forms. Only DL codes some bulwark rule aliases are counted; cases with a non-default
hadolint configuration (allowed registries, label schemas) are skipped, as bulwark's options
differ.

The specs are read, never copied: nothing of hadolint ends up in this repository.

Conventions, as hadolint's test helpers apply them (test/Helpers.hs):
- the `onBuild` forms wrap every RUN instruction in ONBUILD;
- a snippet without FROM is linted as it is by hadolint; bulwark needs a stage to put the
  instructions in, so `FROM debian:12.5` is put in front of it (a line of its own, after any
  leading ARGs and comments would change nothing hadolint checks in these tests).
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

CALLS = ("onBuildRuleCatchesNot", "onBuildRuleCatches", "ruleCatchesNot", "ruleCatches")


def tokens(text):
    """A rough Haskell tokenizer: strings, identifiers, operators, brackets."""
    i, n = 0, len(text)
    out = []
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith("--", i) and (i + 2 >= n or not text[i + 2] in "!#$%&*+./<=>?@\\^|~:"):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("{-", i):
            j = text.find("-}", i)
            i = n if j < 0 else j + 2
        elif c == '"':
            s, i = string_literal(text, i + 1)
            out.append(("str", s, i))
        elif c.isalpha() or c == "_" or c == "?":
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] in "_'."):
                j += 1
            out.append(("id", text[i:j].rstrip("."), i))
            i = j
        elif c in "()[],":
            out.append(("p", c, i))
            i += 1
        elif c in "$<>+=:&|.-\\!@#%^*/~":
            j = i + 1
            while j < n and text[j] in "$<>+=:&|.-\\!@#%^*/~":
                j += 1
            out.append(("op", text[i:j], i))
            i = j
        else:
            out.append(("other", c, i))
            i += 1
    return out


ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "r": "\r", "&": ""}


def string_literal(text, i):
    out = []
    while i < len(text):
        c = text[i]
        if c == '"':
            return "".join(out), i + 1
        if c == "\\":
            nxt = text[i + 1]
            if nxt in ESCAPES:
                out.append(ESCAPES[nxt])
                i += 2
            elif nxt.isdigit():
                j = i + 1
                while text[j].isdigit():
                    j += 1
                out.append(chr(int(text[i + 1:j])))
                i = j
            elif nxt.isspace():  # a string gap: \   \
                j = text.index("\\", i + 1)
                i = j + 1
            else:
                raise ValueError("escape \\" + nxt)
        else:
            out.append(c)
            i += 1
    raise ValueError("unterminated string")


class Unsupported(Exception):
    pass


def evaluate(toks, k, bindings):
    """Evaluates the expression at toks[k]; returns (value, next index)."""
    value, k = term(toks, k, bindings)
    while k < len(toks) and toks[k][0] == "op" and toks[k][1] in ("<>", "++"):
        right, k = term(toks, k + 1, bindings)
        value = value + right
    return value, k


def term(toks, k, bindings):
    kind, text, _ = toks[k]
    if kind == "op" and text == "$":
        return evaluate(toks, k + 1, bindings)
    if kind == "str":
        return text, k + 1
    if kind == "p" and text == "(":
        value, k = evaluate(toks, k + 1, bindings)
        if toks[k][1] != ")":
            raise Unsupported("expected )")
        return value, k + 1
    if kind == "p" and text == "[":
        items = []
        k += 1
        while toks[k][1] != "]":
            item, k = evaluate(toks, k, bindings)
            items.append(item)
            if toks[k][1] == ",":
                k += 1
        return items, k + 1
    if kind == "id" and text in ("Text.unlines", "unlines"):
        lines, k = term(toks, k + 1, bindings)
        return "".join(line + "\n" for line in lines), k
    if kind == "id" and text in ("Text.intercalate", "intercalate"):
        sep, k = term(toks, k + 1, bindings)
        lines, k = term(toks, k, bindings)
        return sep.join(lines), k
    if kind == "id" and text in ("Text.pack", "pack", "Text.concat", "concat", "mconcat"):
        value, k = term(toks, k + 1, bindings)
        return "".join(value) if isinstance(value, list) else value, k
    if kind == "id" and text in bindings:
        return bindings[text], k + 1
    raise Unsupported("%s %r" % (kind, text))


def cases(spec_path):
    """(code, call, dockerfile text, line) for every assertion of one spec file; skipped ones as None text."""
    text = open(spec_path, encoding="utf-8").read()
    toks = tokens(text)
    bindings = {}
    config_default = top_config_default = True
    out = []
    line_of = lambda pos: text.count("\n", 0, pos) + 1
    for k, (kind, value, pos) in enumerate(toks):
        if kind == "id" and value == "it":
            # A configuration set inside an `it` block ends with it; one at the top stays.
            config_default = top_config_default
        if kind == "id" and value == "let" and k + 2 < len(toks) and toks[k + 2][1] == "=":
            name = toks[k + 1][1]
            if name == "?config":
                default = toks[k + 3][1] == "def" and not (k + 4 < len(toks) and toks[k + 4][1] == "{")
                config_default = default
                if not any(t[1] == "it" for t in toks[:k]):
                    top_config_default = default
                continue
            try:
                bindings[name], _ = evaluate(toks, k + 3, bindings)
            except (Unsupported, IndexError, ValueError):
                pass
        if (kind == "id" and value in CALLS and k + 1 < len(toks) and toks[k + 1][0] == "str"
                and re.fullmatch(r"DL\d{4}", toks[k + 1][1])):
            code = toks[k + 1][1]
            try:
                dockerfile, _ = evaluate(toks, k + 2, bindings)
                if not isinstance(dockerfile, str):
                    raise Unsupported("not text")
            except (Unsupported, IndexError, ValueError) as e:
                out.append((code, value, None, line_of(pos), "unparsed: %s" % e))
                continue
            if not config_default:
                out.append((code, value, None, line_of(pos), "non-default configuration"))
                continue
            out.append((code, value, dockerfile, line_of(pos), None))
    return out


INSTRUCTION = re.compile(r"^\s*([A-Za-z]+)\b")


def prepared(dockerfile, on_build):
    lines = dockerfile.split("\n")
    if on_build:
        # hadolint wraps RUN instructions; a continuation line is not an instruction.
        wrapped, continued = [], False
        for line in lines:
            m = INSTRUCTION.match(line)
            if not continued and m and m.group(1).upper() == "RUN":
                line = line[:m.start(1)] + "ONBUILD " + line[m.start(1):]
            wrapped.append(line)
            continued = line.rstrip().endswith("\\")
        lines = wrapped
    has_from = any((m := INSTRUCTION.match(l)) and m.group(1).upper() == "FROM" for l in lines)
    text = "\n".join(lines)
    if not text.endswith("\n"):
        text += "\n"
    return text if has_from else "FROM debian:12.5\n" + text


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    checkout = argv[1]
    show_misses = "--misses" in argv
    only = argv[argv.index("--code") + 1] if "--code" in argv else None
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    bulwark = os.path.join(root, "bulwark")
    rules = json.loads(subprocess.run([bulwark, "rules", "--format", "json"], check=True,
                                      capture_output=True, text=True).stdout)
    aliased = collections.defaultdict(list)
    for rule in rules:
        for alias in rule["aliases"]:
            if alias.startswith("DL"):
                aliased[alias].append(rule["code"])
    spec_dir = os.path.join(checkout, "test", "Hadolint", "Rule")
    all_cases, skipped = [], collections.Counter()
    for name in sorted(os.listdir(spec_dir)):
        if not re.fullmatch(r"DL\d+Spec\.hs", name):
            continue
        for code, call, dockerfile, line, why in cases(os.path.join(spec_dir, name)):
            if only and code != only:
                continue
            if code not in aliased:
                skipped["no bulwark rule aliases " + code] += 1
            elif dockerfile is None:
                skipped[why] += 1
            else:
                all_cases.append((code, call, dockerfile, name, line))
    with tempfile.TemporaryDirectory() as tmp:
        # An empty configuration: the defaults, whatever .bulwark.yaml lies around.
        config = os.path.join(tmp, "bulwark.yaml")
        open(config, "w").close()
        paths = []
        for n, (code, call, dockerfile, name, line) in enumerate(all_cases):
            path = os.path.join(tmp, "case%04d.Dockerfile" % n)
            with open(path, "w", encoding="utf-8") as f:
                f.write(prepared(dockerfile, call.startswith("onBuild")))
            paths.append(path)
        selected = sorted({c for code in aliased for c in aliased[code]})
        run = subprocess.run([bulwark, "check", "--format", "json", "--fail-on", "none", "--config", config,
                              "--select", ",".join(selected)] + paths, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(run.stderr, file=sys.stderr)
            return 3
        report = json.loads(run.stdout)
        found = collections.Counter()
        for finding in report["findings"]:
            for alias in finding.get("aliases", []):
                found[(os.path.basename(finding["path"]), alias)] += 1
        agree = collections.Counter()
        total = collections.Counter()
        misses = []
        for n, (code, call, dockerfile, name, line) in enumerate(all_cases):
            count = found[("case%04d.Dockerfile" % n, code)]
            if call.endswith("Not"):
                ok = count == 0
            elif call.startswith("onBuild"):
                ok = count == 1
            else:
                ok = count >= 1
            total[code] += 1
            agree[code] += ok
            if not ok:
                misses.append((code, call, name, line, count, prepared(dockerfile, call.startswith("onBuild"))))
    print("| hadolint | cases | agree |")
    print("| --- | ---: | ---: |")
    for code in sorted(total):
        print("| %s | %d | %d |" % (code, total[code], agree[code]))
    t, a = sum(total.values()), sum(agree.values())
    print("\n%d of %d cases agree (%.1f %%)" % (a, t, 100.0 * a / t if t else 0))
    for why, n in sorted(skipped.items()):
        print("skipped %d: %s" % (n, why))
    if show_misses:
        for code, call, name, line, count, text in misses:
            print("\n--- %s %s (%s:%d): bulwark reported it %d time(s)" % (code, call, name, line, count))
            print(text.rstrip("\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
