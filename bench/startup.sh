#!/usr/bin/env bash
# Start-up of a one-file check against the JVM's own floor, measured in one run: interleaved runs
# of a bare `java -version` (same java as the launcher), of a hello-world main started as the
# launcher starts bulwark (its flags and a class archive trained for it: the floor any JVM program
# started so can reach) and of ./bulwark on one file of each kind, medians and ratios to
# `java -version`.
#
#   bench/startup.sh [-n RUNS]   (default 21 interleaved runs, after one warm-up round)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
source "$root/bench/lib.sh"
runs_option 21 "usage: bench/startup.sh [-n RUNS]" "$@"
cd "$root"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$root/bulwark" --version > /dev/null  # builds the command line and its CDS archive first if needed

# The floor: Hello compiled and given its own archive by the launcher's functions (skipped without javac).
floor_dir=$(mktemp -d)
trap 'rm -rf "$floor_dir"' EXIT
floor_label=() floor_command=()
if [[ -x "${JAVA_HOME:+$JAVA_HOME/bin/}javac" ]] || command -v "${JAVA_HOME:+$JAVA_HOME/bin/}javac" > /dev/null; then
    printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
        > "$floor_dir/Hello.java"
    "${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$floor_dir" "$floor_dir/Hello.java"
    source "$root/bulwark-dist/src/lib/launch.sh"
    bulwark_java_version "${JAVA_HOME:-}"
    bulwark_archive "$floor_dir"
    bulwark_main=Hello bulwark_train "$java" "$floor_dir" /dev/null "$floor_dir"
    bulwark_share_flags
    floor_label=("java Hello (launcher's flags, archive)")
    floor_command=("$java ${bulwark_jvm_flags[*]} ${bulwark_share[*]} -cp $floor_dir Hello")
fi

labels=("java -version" ${floor_label[@]+"${floor_label[@]}"} "bulwark --version" "bulwark check <Dockerfile>" "bulwark check <compose.yaml>"
    "bulwark check <Kubernetes manifest>" "bulwark check examples/ml-service")
commands=("$java -version" ${floor_command[@]+"${floor_command[@]}"}
    "$root/bulwark --version"
    "$root/bulwark check --color never examples/ml-service/Dockerfile"
    "$root/bulwark check --color never examples/ml-service/compose.yaml"
    "$root/bulwark check --color never examples/ml-service/k8s/deployment.yaml"
    "$root/bulwark check --color never examples/ml-service")

declare -A times
for (( round = -1; round < runs; round++ )); do
    for i in "${!commands[@]}"; do
        # shellcheck disable=SC2086
        t=$(time_once ${commands[$i]})
        (( round < 0 )) || times[$i]+="$t "
    done
done

median() {
    tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
echo "$("$java" -version 2>&1 | head -n 1); $runs interleaved runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
floor=$(median "${times[0]}")
printf '%-40s %8s %8s\n' "command (median wall time)" "ms" "ratio"
for i in "${!commands[@]}"; do
    m=$(median "${times[$i]}")
    printf '%-40s %8d %8s\n' "${labels[$i]}" "$m" "$(ratio "$floor" "$m")"
done
