#!/usr/bin/env bash
# Whole-process timing of ./bulwark against dockerfilelint (installed from npm into a temporary
# folder) over the corpus Dockerfiles, and of a single-file check. Prints medians and ratios.
#
#   bench/compare.sh [-n RUNS]        (default 5 runs per measurement, after one warm-up run)
#
# Needs: the corpus in ../shared (or BULWARK_SHARED), node + npm, GNU date. Exit codes of the
# tools are ignored except bulwark's 2 and 3 (usage or internal error), which abort the script.
set -euo pipefail


root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
source "$root/bench/lib.sh"
runs_option 5 "usage: bench/compare.sh [-n RUNS]" "$@"
shared=${BULWARK_SHARED:-$root/../shared}
corpus="$shared/corpus"
if [[ ! -f "$corpus/SOURCES.tsv" ]]; then
    echo "compare.sh: $corpus/SOURCES.tsv not present: nothing to compare" >&2
    exit 2
fi
command -v npm > /dev/null || { echo "compare.sh: npm is needed to install dockerfilelint" >&2; exit 2; }

# The corpus Dockerfiles, by SOURCES.tsv column `kind` (column 6 is the stored file name).
dockerfiles=()
while IFS=$'\t' read -r _repo _commit _path kind _license stored; do
    if [[ "$kind" == dockerfile ]]; then
        dockerfiles+=("$corpus/$stored")
    fi
done < <(tail -n +2 "$corpus/SOURCES.tsv")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "installing dockerfilelint into $tmp ..." >&2
npm install --prefix "$tmp" --no-audit --no-fund --silent dockerfilelint > /dev/null
dfl="$tmp/node_modules/.bin/dockerfilelint"

# dockerfilelint throws on some valid Dockerfiles and then lints nothing at all, so the files it
# crashes on are found in one node process through its library API and left out for both tools.
crashers=$(printf '%s\n' "${dockerfiles[@]}" | node -e '
const fs = require("fs"), path = require("path");
const lint = require(process.argv[1] + "/node_modules/dockerfilelint");
for (const f of fs.readFileSync(0, "utf8").split("\n").filter(Boolean)) {
  try { lint.run(path.dirname(f), fs.readFileSync(f, "utf8")); } catch (e) { console.log(f); }
}' "$tmp")
if [[ -n "$crashers" ]]; then
    declare -A crashed=()
    while IFS= read -r f; do crashed[$f]=1; done <<< "$crashers"
    kept=()
    for f in "${dockerfiles[@]}"; do
        [[ -n "${crashed[$f]:-}" ]] || kept+=("$f")
    done
    dockerfiles=("${kept[@]}")
    echo "left out (dockerfilelint crashes on them):" >&2
    sed 's/^/  /' <<< "$crashers" >&2
fi
single=${dockerfiles[0]}


cd "$root"
echo "corpus: ${#dockerfiles[@]} Dockerfiles; $runs runs per measurement after a warm-up" >&2
bw_dir=$(median_ms "$root/bulwark" check "$corpus" --color never)
bw_files=$(median_ms "$root/bulwark" check --color never "${dockerfiles[@]}")
dfl_files=$(median_ms "$dfl" "${dockerfiles[@]}")
bw_one=$(median_ms "$root/bulwark" check --color never "$single")
dfl_one=$(median_ms "$dfl" "$single")

printf '%-52s %8s\n' "measurement (median wall time)" "ms"
printf '%-52s %8d\n' "bulwark check <corpus dir> (every kind)" "$bw_dir"
printf '%-52s %8d\n' "bulwark check <${#dockerfiles[@]} Dockerfiles>" "$bw_files"
printf '%-52s %8d\n' "dockerfilelint <${#dockerfiles[@]} Dockerfiles>" "$dfl_files"
printf '%-52s %8d\n' "bulwark check <one Dockerfile>" "$bw_one"
printf '%-52s %8d\n' "dockerfilelint <one Dockerfile>" "$dfl_one"
echo "ratio dockerfilelint / bulwark, all Dockerfiles: $(ratio "$bw_files" "$dfl_files")"
echo "ratio dockerfilelint / bulwark, one Dockerfile:  $(ratio "$bw_one" "$dfl_one")"
echo "single file: ${single#"$corpus"/}"
