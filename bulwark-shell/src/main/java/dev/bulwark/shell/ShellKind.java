package dev.bulwark.shell;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a Dockerfile {@code SHELL} (or the default {@code /bin/sh -c}) runs shell-form commands
 * with; the Dockerfile model parses shell-form text only when {@link #isPosix()}.
 */
public enum ShellKind {
    /** sh, bash, dash, ash, zsh, ksh and friends, also behind {@code busybox}, {@code env} or {@code conda run}. */
    POSIX,
    /** powershell, pwsh. */
    POWERSHELL,
    /** cmd.exe. */
    CMD,
    /** Anything else (fish, an interpreter, an empty list). */
    OTHER;

    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "ksh93",
            "mksh", "pdksh", "lksh", "oksh", "yash", "posh", "rbash", "hush");
    private static final Set<String> MULTICALL = Set.of("busybox", "toybox");
    private static final Set<String> CONDA = Set.of("conda", "mamba", "micromamba");
    private static final Set<String> ENV_VALUES = Set.of("-u", "-C", "--unset", "--chdir");
    private static final Set<String> CONDA_VALUES = Set.of("-n", "--name", "-p", "--prefix", "--cwd");
    // Wrappers nest at most a few levels in real SHELL instructions.
    private static final int MAX_WRAPPERS = 8;

    public boolean isPosix() {
        return this == POSIX;
    }

    /** Classifies a SHELL argv such as {@code ["/bin/bash", "-o", "pipefail", "-c"]}. */
    public static ShellKind of(List<String> shellArgv) {
        int i = 0;
        for (int depth = 0; depth < MAX_WRAPPERS && i < shellArgv.size(); depth++) {
            String name = program(shellArgv.get(i));
            if (POSIX_SHELLS.contains(name)) {
                return POSIX;
            }
            if (name.equals("powershell") || name.equals("pwsh") || name.equals("powershell_ise")) {
                return POWERSHELL;
            }
            if (name.equals("cmd")) {
                return CMD;
            }
            if (MULTICALL.contains(name)) {
                i++;
            } else if (name.equals("env")) {
                i = skipOptionsAndAssignments(shellArgv, i + 1, ENV_VALUES);
            } else if (CONDA.contains(name) && i + 1 < shellArgv.size() && shellArgv.get(i + 1).equals("run")) {
                i = skipOptionsAndAssignments(shellArgv, i + 2, CONDA_VALUES);
            } else {
                return OTHER;
            }
        }
        return OTHER;
    }

    /** The lower-case base name without directory or {@code .exe}. */
    private static String program(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String base = path.substring(slash + 1).toLowerCase(Locale.ROOT);
        return base.endsWith(".exe") ? base.substring(0, base.length() - 4) : base;
    }

    private static int skipOptionsAndAssignments(List<String> argv, int from, Set<String> valueOptions) {
        int i = from;
        while (i < argv.size()) {
            String a = argv.get(i);
            if (a.equals("--")) {
                return i + 1;
            }
            if (a.startsWith("-")) {
                i += valueOptions.contains(a) ? 2 : 1;
            } else if (a.indexOf('=') > 0) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }
}
