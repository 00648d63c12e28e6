#!/usr/bin/env bash
# Whole-project audit of ../shared/projects (real repositories' container files, CI workflows and
# manifests in their real layout, each with its TREE.tsv listing) in one process: median wall time,
# peak RSS, files and findings, and the JVM's own floor (`java -version`) measured in the same run
# for scale.
#
#   bench/projects.sh [-n RUNS] [PROJECTS_DIR]     (default 5 runs after one warm-up; ../shared/projects)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
source "$root/bench/lib.sh"
runs_option 5 "usage: bench/projects.sh [-n RUNS] [PROJECTS_DIR]" "$@"
shift $((OPTIND - 1))
projects=$(cd "${1:-$root/../shared/projects}" && pwd -P)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$root/bulwark" --version > /dev/null   # builds the command line first if needed

export BULWARK_JAVA_OPTS="-Dbulwark.treeListings=true"
audit=("$root/bulwark" check --format json --fail-on none "$projects")
floor=$(median_ms "$java" -version)
wall=$(median_ms "${audit[@]}")

/usr/bin/time -v -o /tmp/projects-time.txt "${audit[@]}" > /tmp/projects.json 2> /dev/null || true
rss=$(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' /tmp/projects-time.txt) / 1024 ))
read -r files findings skipped < <(python3 -c '
import json, sys
d = json.load(open("/tmp/projects.json"))
s = d.get("summary", {})
print(s.get("files", "?"), len(d["findings"]), s.get("skipped", "?"))')
repos=$(find "$projects" -mindepth 1 -maxdepth 1 -type d | wc -l)

echo "$repos repositories in ${projects}; $runs runs after a warm-up; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '| measure | value |\n| --- | ---: |\n'
printf '| files audited | %s |\n| files skipped | %s |\n| findings | %s |\n' "$files" "$skipped" "$findings"
printf '| median wall time | %s ms |\n| per audited file | %s ms |\n' "$wall" \
    "$(awk -v w="$wall" -v f="$files" 'BEGIN { if (f + 0 > 0) printf "%.2f", w / f; else print "n/a" }')"
printf '| peak RSS | %s MB |\n| `java -version` in the same run | %s ms (the audit takes %s) |\n' "$rss" "$floor" "$(ratio "$floor" "$wall")"
