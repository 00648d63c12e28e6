#!/usr/bin/env bash
# Coverage-guided fuzzing of one parser with Jazzer (libFuzzer) for a given time, then a summary
# of executions and coverage.
#
#   bench/fuzz.sh TARGET MINUTES      TARGET: dockerfile | shell | dockerignore | yaml | compose | kubernetes | workflow
#
# Environment: FUZZ_MAX_LEN (largest input in bytes, default 1024), FUZZ_TIMEOUT (seconds one
# input may take before it counts as a hang, default 10), FUZZ_JAVA_OPTS (JVM flags, default
# -Xmx1g), BULWARK_SHARED (the shared folder, default ../shared).
#
# The target is the module's @FuzzTest, run by Jazzer's own driver rather than through Maven so
# that libFuzzer's statistics reach the terminal. Seeds: the corpus files the test's @MethodSource
# reads from ../shared (it says so when they are absent), its regression inputs in
# src/test/resources, and the inputs kept from earlier runs in MODULE/target/fuzz/TARGET. A crash
# or a hang is written into the regression inputs folder (crash-*, timeout-*), so that
# `mvn verify` replays it from then on: fix the parser, then keep the file. Stopped early (kill),
# Jazzer also writes the input under way as crash-*: delete such a file when the test passes on it.
set -euo pipefail

usage() {
    echo "usage: bench/fuzz.sh dockerfile|shell|dockerignore|yaml|compose|kubernetes|workflow MINUTES" >&2
    exit 2
}
[[ $# -eq 2 && "$2" =~ ^[0-9]+$ && "$2" -gt 0 ]] || usage
target=$1
minutes=$2

case "$target" in
    dockerfile)   module=bulwark-dockerfile; class=dev.bulwark.dockerfile.syntax.DockerfileFuzzTest; method=parse ;;
    shell)        module=bulwark-shell;      class=dev.bulwark.shell.ShellParserFuzzTest;            method=parse ;;
    dockerignore) module=bulwark-dockerfile; class=dev.bulwark.dockerfile.ignore.DockerignoreFuzzTest; method=match ;;
    yaml)         module=bulwark-yaml;       class=dev.bulwark.yaml.YamlParserFuzzTest;              method=parse ;;
    compose)      module=bulwark-compose;    class=dev.bulwark.compose.ComposeLoaderFuzzTest;        method=load ;;
    kubernetes)   module=bulwark-kubernetes; class=dev.bulwark.kubernetes.ManifestFuzzTest;         method=read ;;
    workflow)     module=bulwark-workflow;   class=dev.bulwark.workflow.WorkflowFuzzTest;           method=read ;;
    *) usage ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
shared=${BULWARK_SHARED:-$root/../shared}
cd "$root"

# Every module of the reactor writes its test class path into its own target/ folder.
echo "fuzz.sh: building $module ..." >&2
mvn -q -B -ntp -pl "$module" -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt
classpath="$root/$module/target/test-classes:$root/$module/target/classes:$(cat "$root/$module/target/fuzz-classpath.txt")"

work="$root/$module/target/fuzz/$target"
mkdir -p "$work/corpus"
resources="$root/$module/src/test/resources/$(tr . / <<< "$class")Inputs/$method"
mkdir -p "$resources"
log="$work/fuzz.log"

# Coverage feedback from our classes and from the YAML library the
# adapter drives. The regex sanitizer is off: .dockerignore patterns are compiled to regexes on
# purpose, and a class Docker itself rejects ("[z-a]") is reported as a pattern error value, not
# an injection. Run from the module: Jazzer writes findings into src/test/resources/... of its
# working folder.
cd "$root/$module"
status=0
# shellcheck disable=SC2086
java ${FUZZ_JAVA_OPTS:--Xmx1g} -Dbulwark.shared="$shared" -cp "$classpath" \
    com.code_intelligence.jazzer.Jazzer \
    --target_class="$class" --target_method="$method" \
    --instrumentation_includes='dev.bulwark.**:org.snakeyaml.**' \
    --disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexInjection \
    -max_total_time=$((minutes * 60)) -max_len="${FUZZ_MAX_LEN:-1024}" -timeout="${FUZZ_TIMEOUT:-10}" \
    -print_final_stats=1 "$work/corpus" > "$log" 2>&1 || status=$?

# libFuzzer's last status line ("#N DONE cov: C ft: F corp: K/S ...") and its final statistics.
done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|INITED|NEW|REDUCE|pulse)' "$log" | tail -n 1 || true)
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
seconds=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
echo "target:      $target ($class#$method)"
echo "log:         ${log#"$root"/}"
echo "executions:  ${executions:-unknown} in ${seconds:-?} s"
echo "coverage:    $(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[A-Za-z]*' <<< "$done_line" || echo unknown)"
echo "peak rss:    $(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n 1) MB"
if [[ $status -ne 0 ]]; then
    echo "finding:     exit $status; the input is in ${resources#"$root"/} (see the log)"
    grep -E '^(== Java Exception|Caused by|\s+at dev\.bulwark)' "$log" | head -n 20 || true
    exit 1
fi
echo "finding:     none"
