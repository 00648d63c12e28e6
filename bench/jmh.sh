#!/usr/bin/env bash
# Runs the JMH benchmark of parse + check throughput over the corpus Dockerfiles.
#
#   bench/jmh.sh [JMH options]       e.g. bench/jmh.sh -f 1 -wi 3 -i 5
#
# Builds the bench module and what it needs, then runs org.openjdk.jmh.Main on the module's
# classes and runtime class path. Extra arguments go to JMH (bench/jmh.sh -h lists them).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
shared=${BULWARK_SHARED:-$root/../shared}
if [[ ! -f "$shared/corpus/SOURCES.tsv" ]]; then
    echo "jmh.sh: $shared/corpus not present: skipping the benchmark" >&2
    exit 0
fi
cd "$root"
classpath_file=$(mktemp)
trap 'rm -f "$classpath_file"' EXIT
# One reactor run, so sibling modules come from their target/ folders, not from ~/.m2. Every
# module writes its class path to the same file; bench is last in the reactor, so its path stays.
mvn -q -B -ntp -DskipTests -pl bench -am package dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file"
# JMH forks inherit these system properties, so the benchmark finds the corpus in every fork.
exec java -Dbulwark.shared="$shared" -cp "$root/bench/target/classes:$(cat "$classpath_file")" \
    org.openjdk.jmh.Main "$@"
