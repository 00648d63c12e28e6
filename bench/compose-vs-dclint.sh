#!/usr/bin/env bash
# Whole-process timing of ./bulwark against dclint (the Docker Compose linter, installed from npm
# into a temporary folder) over the corpus Compose files, and on one file. Prints medians and the
# ratio dclint / bulwark, all measured in this one run.
#
#   bench/compose-vs-dclint.sh [-n RUNS]   (default 5 runs per measurement, after one warm-up run)
#
# Needs: the corpus in ../shared (or BULWARK_SHARED), node + npm, GNU date.
set -euo pipefail


root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
source "$root/bench/lib.sh"
runs_option 5 "usage: bench/compose-vs-dclint.sh [-n RUNS]" "$@"
shared=${BULWARK_SHARED:-$root/../shared}
corpus="$shared/corpus"
if [[ ! -f "$corpus/SOURCES.tsv" ]]; then
    echo "compose-vs-dclint.sh: $corpus/SOURCES.tsv not present: nothing to compare" >&2
    exit 2
fi
command -v npm > /dev/null || { echo "compose-vs-dclint.sh: npm is needed to install dclint" >&2; exit 2; }

# The corpus Compose files, by SOURCES.tsv column `kind` (column 6 is the stored file name).
files=()
while IFS=$'\t' read -r _repo _commit _path kind _license stored; do
    if [[ "$kind" == compose ]]; then
        files+=("$corpus/$stored")
    fi
done < <(tail -n +2 "$corpus/SOURCES.tsv")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "installing dclint into $tmp ..." >&2
npm install --prefix "$tmp" --no-audit --no-fund --silent dclint > /dev/null
dclint="$tmp/node_modules/.bin/dclint"
echo "dclint $("$dclint" --version 2>/dev/null | tail -n 1), $(java -version 2>&1 | head -n 1)" >&2
single=${files[0]}

cd "$root"
"$root/bulwark" --version > /dev/null  # builds the command line first if needed
echo "corpus: ${#files[@]} Compose files; $runs runs per measurement after a warm-up" >&2
bw_all=$(median_ms "$root/bulwark" check --color never "${files[@]}")
bw_dc=$(median_ms "$root/bulwark" check --color never --select DC "${files[@]}")
dcl_all=$(median_ms "$dclint" --color false "${files[@]}")
bw_one=$(median_ms "$root/bulwark" check --color never "$single")
dcl_one=$(median_ms "$dclint" --color false "$single")

printf '%-58s %8s\n' "measurement (median wall time)" "ms"
printf '%-58s %8d\n' "bulwark check <${#files[@]} Compose files> (default rules)" "$bw_all"
printf '%-58s %8d\n' "bulwark check --select DC <${#files[@]} Compose files>" "$bw_dc"
printf '%-58s %8d\n' "dclint <${#files[@]} Compose files>" "$dcl_all"
printf '%-58s %8d\n' "bulwark check <one Compose file>" "$bw_one"
printf '%-58s %8d\n' "dclint <one Compose file>" "$dcl_one"
echo "ratio dclint / bulwark, all Compose files (default rules): $(ratio "$bw_all" "$dcl_all")"
echo "ratio dclint / bulwark, all Compose files (--select DC):   $(ratio "$bw_dc" "$dcl_all")"
echo "ratio dclint / bulwark, one Compose file:                  $(ratio "$bw_one" "$dcl_one")"
echo "single file: ${single#"$corpus"/}"
