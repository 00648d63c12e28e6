# Shared by the whole-process benchmark scripts: the -n RUNS option, wall-clock medians and ratios.
# Source it after setting root (the project root); runs_option sets runs (measured runs per measurement).

# runs_option DEFAULT USAGE "$@": sets runs from `-n RUNS` (else DEFAULT) and leaves OPTIND after
# the options, so the caller can `shift $((OPTIND - 1))`; a bad option prints USAGE and exits 2.
runs_option() {
    local default=$1 usage=$2 opt
    shift 2
    runs=$default
    OPTIND=1
    while getopts "n:" opt; do
        case "$opt" in
            n) runs=$OPTARG ;;
            *) echo "$usage" >&2; exit 2 ;;
        esac
    done
}

now_ms() {
    echo $(( $(date +%s%N) / 1000000 ))
}

# Runs "$@" once with output discarded; prints the wall time in milliseconds. bulwark's exit codes
# 2 and 3 (usage or internal error) abort the script; every other exit code is a normal outcome.
time_once() {
    local start end status=0
    start=$(now_ms)
    "$@" > /dev/null 2>&1 || status=$?
    end=$(now_ms)
    if [[ "$1" == "$root/bulwark" && ( $status -eq 2 || $status -eq 3 ) ]]; then
        echo "$(basename "$0"): '$*' failed with exit $status" >&2
        exit 1
    fi
    echo $(( end - start ))
}

# Median wall time of "$@" over $runs runs, after one warm-up run.
median_ms() {
    time_once "$@" > /dev/null
    local times=() i
    for (( i = 0; i < runs; i++ )); do
        times+=("$(time_once "$@")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# "b / a" as a ratio such as 12.3x.
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == 0) print "n/a"; else printf "%.1fx\n", b / a }'
}
