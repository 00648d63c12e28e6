#!/usr/bin/env bash
# Hostile inputs through the command line: each input is generated into a temporary folder and
# checked by one `./bulwark check --format json` under /usr/bin/time -v. Prints a Markdown table:
# the outcome (exit code, findings, the first finding or error with its line), wall time and
# peak RSS. HostileInputsTest (bulwark-engine) asserts the same outcomes without timing them.
#
#   bench/hostile.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
[[ -x /usr/bin/time ]] || { echo "hostile.sh: /usr/bin/time (GNU time) is needed" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

repeat() { # TEXT COUNT: TEXT written COUNT times
    local i
    for ((i = 0; i < $2; i++)); do printf '%s' "$1"; done
}

# The inputs.
printf 'FROM python:3.12\n' > big.Dockerfile
truncate -s 100M big.Dockerfile
{ printf 'FROM python:3.12\nUSER app\nRUN '; repeat 'pip install torch && \
' 10000; printf 'true\n'; } > run10k.Dockerfile
{ printf 'FROM python:3.12 AS s0\nRUN pip install torch\n'
  for ((i = 1; i < 1000; i++)); do printf 'FROM s%d AS s%d\nRUN echo %d\n' $((i - 1)) "$i" "$i"; done; } > stages.Dockerfile
{ printf 'FROM python:3.12\nUSER app\nRUN echo '; repeat '$(echo ' 1000; printf 'x'; repeat ')' 1000; printf '\n'; } > nested.Dockerfile
printf 'FROM python:3.12\n# caf\xe9\nUSER app\n' > latin1.Dockerfile
printf 'FROM python:3.12\nUSER app\nRUN echo a\0b\n' > nul.Dockerfile
printf 'FROM python:3.12\r\nUSER app\r\nFROM python:latest\r\n' > crlf.Dockerfile
printf 'FROM python:3.12\rUSER app\rFROM python:latest\r' > cr.Dockerfile
printf 'FROM python:3.12\nUSER app\n' > small.Dockerfile
{ printf 'l0: &l0 [x]\n'
  for ((i = 1; i < 10; i++)); do printf 'l%d: &l%d [' "$i" "$i"; repeat "*l$((i - 1)), " 9; printf '*l%d]\n' $((i - 1)); done; } > bomb.yaml
{ printf 'select: '; repeat '[' 10000; repeat ']' 10000; printf '\n'; } > deep.yaml
# The same bomb and nesting in the files a run audits: a Compose file, a manifest, a workflow.
mkdir -p bomb-compose deep-compose bomb-k8s deep-k8s bomb-workflow/.github/workflows loop/inner
{ sed 's/^l/x-l/; s/\*l/*l/g' bomb.yaml; printf 'services:\n  app:\n    image: python:3.12.8\n    command: *l9\n'; } > bomb-compose/compose.yaml
{ printf 'services:\n  app:\n    image: python:3.12.8\n    command: '; repeat '[' 10000; repeat ']' 10000; printf '\n'; } > deep-compose/compose.yaml
{ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n'; sed 's/^/  /' bomb.yaml; } > bomb-k8s/bomb.yaml
{ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  x: '; repeat '[' 10000; repeat ']' 10000; printf '\n'; } > deep-k8s/deep.yaml
{ printf 'on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo hi\n'; sed 's/^l/x-l/' bomb.yaml; } > bomb-workflow/.github/workflows/ci.yml
cp small.Dockerfile loop/inner/Dockerfile
ln -s .. loop/inner/up
ln -s self-b loop/self-a
ln -s self-a loop/self-b

"$root/bulwark" --version > /dev/null   # build outside the measurements

# run LABEL STDIN-FILE ARGS...: one measured check, one table row.
run() {
    local label=$1 stdin=$2
    shift 2
    local status=0
    /usr/bin/time -v -o time.txt "$root/bulwark" check --format json --fail-on none "$@" < "$stdin" > out.json 2> err.txt || status=$?
    local wall rss outcome
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' time.txt | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' time.txt) / 1024 ))
    if [[ -s out.json ]]; then
        # "N findings: RULE line L, ..." for the first four, and the first one's message.
        local count where message
        count=$(grep -o '"findings" *: *[0-9]*' out.json | tail -n 1 | grep -o '[0-9]*$')
        # Read as JSON: a finding's fix holds edits with lines of their own.
        where=$(python3 -c 'import json; d = json.load(open("out.json"))
print(", ".join("%s line %s" % (f["rule"], f["line"]) for f in d["findings"][:4]))' 2> /dev/null || true)
        message=$(grep -m 1 -o '"message" *: *"[^"]*"' out.json | sed 's/^"message" *: *"//; s/"$//' || true)
        outcome="findings: $count${where:+ ($where)}${message:+; first: $message}"
    else
        outcome="$(head -n 1 err.txt)"
    fi
    printf '| %s | exit %d; %s | %.2f | %d |\n' "$label" "$status" "${outcome//|/\\|}" "$wall" "$rss"
}

printf '| input | outcome | wall (s) | peak RSS (MB) |\n| --- | --- | --- | --- |\n'
run "100 MB Dockerfile (sparse file)" /dev/null big.Dockerfile
head -c 104857600 /dev/zero | tr '\0' 'a' > stdin.txt
run "100 MB on standard input" stdin.txt -
run "RUN of 10,000 lines (pip install torch)" /dev/null run10k.Dockerfile
run "1,000 chained stages" /dev/null stages.Dockerfile
run "\`\$(echo \` nested 1,000 deep" /dev/null nested.Dockerfile
run "invalid UTF-8 (Latin-1 é on line 2)" /dev/null latin1.Dockerfile
run "NUL byte on line 3" /dev/null nul.Dockerfile
run "CRLF line endings" /dev/null crlf.Dockerfile
run "lone CR line endings" /dev/null cr.Dockerfile
run "YAML alias bomb (.bulwark.yaml, 10 levels of 10)" /dev/null --config bomb.yaml small.Dockerfile
run "YAML nested 10,000 levels (.bulwark.yaml)" /dev/null --config deep.yaml small.Dockerfile
run "YAML alias bomb in a Compose file" /dev/null bomb-compose
run "YAML nested 10,000 levels in a Compose file" /dev/null deep-compose
run "YAML alias bomb in a Kubernetes manifest" /dev/null bomb-k8s
run "YAML nested 10,000 levels in a Kubernetes manifest" /dev/null deep-k8s
run "YAML alias bomb in a GitHub workflow" /dev/null bomb-workflow
run "symlink loops (a link to its parent, two links to each other)" /dev/null loop
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
