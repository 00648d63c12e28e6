# What the two launchers share: ./bulwark (a source checkout: builds, then runs) and bin/bulwark of
# the distribution archive (runs what is installed). Both start the JVM with the same flags and
# keep an archive of the classes a training run loads. Sourced, never run: it defines variables
# and functions and forks nothing (a fork costs ~10 ms on a small VM).

bulwark_main=dev.bulwark.cli.Main

# Chosen by measurement (bench/README.md, "Start-up"): a short-lived CLI gains nothing from C2 or
# from a parallel collector, and the class archive removes most class loading and verification.
# One JIT compiler thread leaves the second core to the audit: 5-8 % faster on one file and on
# the whole corpus on a 2-core machine. Compiling at three times the usual call counts spares a
# one-file check about a tenth of its CPU time (methods it would have compiled and barely used)
# and leaves the corpus run as fast. JVM warnings go to stderr, never into a report on stdout.
bulwark_jvm_flags=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:CompileThresholdScaling=3 -XX:+UseSerialGC
    -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr)

# With an archive: map it at the address it was made for. The JDK's default (ArchiveRelocationMode=1
# on JDK 17.0.15 and 25) maps it at a random address, then rewrites every pointer in it: about
# 2,800 more page faults and 8 ms of every start here (bench/README.md, "Start-up"). What it gives
# up is the random placement of the class metadata, a hardening against memory-corruption exploits
# of the JVM itself. The training run passes it too, so a JVM that does not know this diagnostic
# flag fails to train and never gets it (nor an archive).
bulwark_archive_flags=(-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)

# Sets java_version and java_feature from the `release` file of the JDK in $1 (empty when unknown):
# the file names the version without starting a JVM.
bulwark_java_version() {
    local home=$1 line
    java_version=""
    if [[ -n "$home" && -r "$home/release" ]]; then
        while IFS= read -r line; do
            case "$line" in
                JAVA_VERSION=*) java_version=${line#JAVA_VERSION=}; java_version=${java_version//\"/}; break ;;
            esac
        done < "$home/release"
    fi
    java_feature=${java_version%%.*}
}

# Sets archive to the class archive in folder $1 for the JVM bulwark_java_version read. One per
# JVM, since a JVM refuses another build's: JDK 24 and later keep an AOT cache (JEP 483: classes
# loaded and linked, call sites resolved), earlier JDKs a dynamic class-data-sharing archive.
bulwark_archive() {
    if [[ "$java_feature" =~ ^[0-9]+$ ]] && (( java_feature >= 24 )); then
        archive="$1/bulwark-jdk$java_version.aot"
    else
        archive="$1/bulwark${java_version:+-jdk$java_version}.jsa"
    fi
}

# bulwark_train JAVA CLASS_PATH LOG DIR INPUT...: a `check` of the INPUTs run from DIR, whose
# classes go into $archive. Every later run must use the same JVM and class path. Exit 1
# (findings) is the expected outcome; any failure only costs start-up speed, and leaves
# $archive.none so that it is not retried at every run.
bulwark_train() {
    local java=$1 class_path=$2 log=$3 dir=$4
    shift 4
    if [[ "$archive" == *.aot ]]; then
        # JDK 25 also records method profiles (JEP 515) and replays them at start, so that the JIT
        # compiles at once what the training run found hot, which a one-file check never pays back.
        local config="$archive.config" no_profiles=()
        if (( java_feature >= 25 )); then
            no_profiles=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining)
        fi
        (cd "$dir" && "$java" "${bulwark_jvm_flags[@]}" "${bulwark_archive_flags[@]}" \
            ${no_profiles[@]+"${no_profiles[@]}"} -XX:AOTMode=record \
            -XX:AOTConfiguration="$config" -cp "$class_path" "$bulwark_main" check "$@" --color never) \
            > /dev/null 2>>"$log" || true
        if [[ -f "$config" ]]; then
            "$java" "${bulwark_jvm_flags[@]}" "${bulwark_archive_flags[@]}" \
                ${no_profiles[@]+"${no_profiles[@]}"} -XX:AOTMode=create \
                -XX:AOTConfiguration="$config" -XX:AOTCache="$archive" -cp "$class_path" "$bulwark_main" \
                > /dev/null 2>>"$log" || true
        fi
        rm -f "$config"
    else
        # CDS cannot archive the old-format accessor classes the JDK generates for reflection: its
        # warnings about them are noise.
        (cd "$dir" && "$java" "${bulwark_jvm_flags[@]}" "${bulwark_archive_flags[@]}" -Xshare:auto -Xlog:cds=off:stderr \
            -XX:ArchiveClassesAtExit="$archive" -cp "$class_path" "$bulwark_main" check "$@" --color never) \
            > /dev/null 2>>"$log" || true
    fi
    [[ -f "$archive" ]] || : > "$archive.none"
}

# Sets bulwark_share to the flags that use $archive, none when there is no archive.
bulwark_share_flags() {
    bulwark_share=()
    if [[ -s "$archive" && "$archive" == *.aot ]]; then
        bulwark_share=("${bulwark_archive_flags[@]}" -XX:AOTCache="$archive")
    elif [[ -s "$archive" ]]; then
        bulwark_share=("${bulwark_archive_flags[@]}" -Xshare:auto -XX:SharedArchiveFile="$archive")
    fi
}
