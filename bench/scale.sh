#!/usr/bin/env bash
# Scale: audits a generated monorepo in one process with the heap capped, at three sizes, and
# prints wall time per Dockerfile and peak RSS for each.
#
#   bench/scale.sh [DIR]        DIR: where the tree is generated (default: a temporary folder,
#                               removed at the end; an existing DIR/tree is reused as it is)
#
# The tree (dev.bulwark.bench.MonorepoGenerator, fixed seed): 100,000 files of which 10,000 are
# Dockerfiles, as g0..g9/t0..t9/p00..p99 projects. Measured: g0/t0 (100 Dockerfiles), g0 (1,000)
# and the whole tree (10,000 Dockerfiles, 100,000 files), each as one `./bulwark check --format
# json` run under /usr/bin/time -v with BULWARK_JAVA_OPTS=-Xmx512m (override with SCALE_JAVA_OPTS).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
[[ -x /usr/bin/time ]] || { echo "scale.sh: /usr/bin/time (GNU time) is needed for peak RSS" >&2; exit 2; }

if [[ $# -ge 1 ]]; then
    work=$(mkdir -p "$1" && cd "$1" && pwd -P)
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
tree="$work/tree"

# The generator needs only the JDK: compiled on its own, without the Maven build.
if [[ ! -d "$tree" ]]; then
    mkdir -p "$work/gen"
    javac -d "$work/gen" "$root/bench/src/main/java/dev/bulwark/bench/MonorepoGenerator.java"
    java -cp "$work/gen" dev.bulwark.bench.MonorepoGenerator "$tree" 100000 10000
fi
echo "tree: $(find "$tree" -type f | wc -l) files" >&2

# Build the CLI and its class-data-sharing archive first, outside the measurements.
"$root/bulwark" --version > /dev/null

printf '| scope | Dockerfiles | files in scope | wall (s) | ms per Dockerfile | peak RSS (MB) | findings |\n'
printf '| --- | --- | --- | --- | --- | --- | --- |\n'
for scope in g0/t0 g0 .; do
    dockerfiles=$(find "$tree/$scope" -type f \( -name 'Dockerfile*' -o -name '*.Dockerfile' -o -name Containerfile \) | wc -l)
    files=$(find "$tree/$scope" -type f | wc -l)
    report="$work/report.json"
    stats="$work/time.txt"
    status=0
    (cd "$tree" && BULWARK_JAVA_OPTS="${SCALE_JAVA_OPTS:--Xmx512m}" /usr/bin/time -v -o "$stats" \
        "$root/bulwark" check --format json --output "$report" --fail-on none "$scope") || status=$?
    if [[ $status -ne 0 ]]; then
        echo "scale.sh: bulwark check $scope exited with $status" >&2
        cat "$stats" >&2
        exit 1
    fi
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$stats" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$stats")
    checked=$(grep -o '"files" *: *[0-9]*' "$report" | tail -n 1 | grep -o '[0-9]*$')
    findings=$(grep -o '"findings" *: *[0-9]*' "$report" | tail -n 1 | grep -o '[0-9]*$')
    [[ "$checked" == "$dockerfiles" ]] || echo "scale.sh: $scope: bulwark checked $checked files, find counted $dockerfiles" >&2
    printf '| %s | %d | %d | %.2f | %.2f | %d | %d |\n' "$scope" "$dockerfiles" "$files" "$wall" \
        "$(awk -v w="$wall" -v n="$dockerfiles" 'BEGIN { print w * 1000 / n }')" $((rss_kb / 1024)) "$findings"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
