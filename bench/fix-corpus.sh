#!/usr/bin/env bash
# Findings per rule on the corpus before `bulwark fix`, after its safe fixes, and after the unsafe
# ones too: the closing numbers of issue 10. Runs `check --format json`, then `fix --diff --format
# json` twice (nothing is written: the corpus is read in place, never copied), over the Dockerfiles,
# Compose files and manifests SOURCES.tsv names, with the default selection, as FixCorpusTest does.
#
#   bench/fix-corpus.sh [--pin IMAGE=VERSION ...]     (extra arguments go to every command)
#
# Needs: the corpus in ../shared (or BULWARK_SHARED), python3. Prints a Markdown table.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
shared=${BULWARK_SHARED:-$root/../shared}
corpus="$shared/corpus"
if [[ ! -f "$corpus/SOURCES.tsv" ]]; then
    echo "fix-corpus.sh: $corpus/SOURCES.tsv not present: nothing to count" >&2
    exit 2
fi

# The files by SOURCES.tsv column `kind` (column 6 is the stored file name), relative to the corpus.
files=()
while IFS=$'\t' read -r _repo _commit _path kind _license stored; do
    case "$kind" in
        dockerfile | compose | k8s) files+=("$stored") ;;
    esac
done < <(tail -n +2 "$corpus/SOURCES.tsv")

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Exit 1 (findings remain) is the expected outcome; 2 and 3 abort.
run() {
    local status=0
    (cd "$corpus" && "$root/bulwark" "$@" --format json --fail-on none "${extra[@]}" "${files[@]}") || status=$?
    if (( status > 1 )); then
        echo "fix-corpus.sh: bulwark $* failed with exit $status" >&2
        exit 1
    fi
}
extra=("$@")
run check > "$out/before.json"
run fix --diff > "$out/safe.json"
run fix --diff --unsafe-fixes > "$out/unsafe.json"

python3 - "$out" "${#files[@]}" <<'PY'
import collections, json, sys
out, nfiles = sys.argv[1], sys.argv[2]
docs = {k: json.load(open(f"{out}/{k}.json")) for k in ("before", "safe", "unsafe")}
def count(findings):
    return collections.Counter(f["rule"] for f in findings)
before, safe, unsafe = (count(docs[k]["findings"]) for k in ("before", "safe", "unsafe"))
fixed_safe, fixed_unsafe = (count(docs[k]["fix"]["applied"]) for k in ("safe", "unsafe"))
names = {}
for d in docs.values():
    for f in d["findings"] + d["fix"]["applied"] if "fix" in d else d["findings"]:
        names[f["rule"]] = f["name"]
rules = sorted(r for r in before if before[r] != safe[r] or before[r] != unsafe[r] or fixed_safe[r] or fixed_unsafe[r])
print(f"{nfiles} files (Dockerfiles, Compose files, manifests); findings of the rules that `fix` changes:\n")
print("| rule | name | before | after `fix` | fixed (safe) | after `fix --unsafe-fixes` | fixed (with unsafe) |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
for r in rules:
    print(f"| {r} | `{names[r]}` | {before[r]} | {safe[r]} | {fixed_safe[r]} | {unsafe[r]} | {fixed_unsafe[r]} |")
tb, ts, tu = (sum(c.values()) for c in (before, safe, unsafe))
print(f"| all | | {tb} | {ts} | {sum(fixed_safe.values())} | {tu} | {sum(fixed_unsafe.values())} |")
for k in ("safe", "unsafe"):
    fx = docs[k]["fix"]
    print(f"\n{k}: {len(fx['changedFiles'])} files changed in {fx['rounds']} rounds, converged: {fx['converged']},"
          f" not applied: {len(fx['notApplied'])}")
PY
