package dev.bulwark.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Unwraps commands that run another command ({@code sudo -E pip ...}) for {@link SimpleCommand#effective()}. */
final class Wrappers {
    // A chain of wrappers longer than this is not a real script; stop rather than loop.
    private static final int MAX_WRAPPERS = 16;

    private static final Set<String> SUDO_VALUES = Set.of("-u", "-g", "-C", "-D", "-p", "-r", "-t", "-T", "-U",
            "--user", "--group", "--close-from", "--chdir", "--prompt", "--role", "--type", "--command-timeout",
            "--other-user", "--host");
    private static final Set<String> ENV_VALUES = Set.of("-u", "-C", "--unset", "--chdir");
    private static final Set<String> TIME_VALUES = Set.of("-f", "-o", "--format", "--output");
    private static final Set<String> EXEC_VALUES = Set.of("-a");
    private static final Set<String> NICE_VALUES = Set.of("-n", "--adjustment");
    private static final Set<String> TIMEOUT_VALUES = Set.of("-s", "-k", "--signal", "--kill-after");
    private static final Set<String> XARGS_VALUES = Set.of("-I", "-L", "-n", "-P", "-s", "-d", "-E", "-a",
            "--max-args", "--max-procs", "--max-chars", "--delimiter", "--arg-file", "--max-lines",
            "--process-slot-var");
    private static final Set<String> PYTHON_VALUES = Set.of("-W", "-X", "--check-hash-based-pycs");

    private Wrappers() {
    }

    static SimpleCommand unwrap(SimpleCommand command) {
        SimpleCommand current = command;
        for (int i = 0; i < MAX_WRAPPERS; i++) {
            Optional<SimpleCommand> inner = unwrapOnce(current);
            if (inner.isEmpty()) {
                return current;
            }
            current = inner.get();
        }
        return current;
    }

    private static Optional<SimpleCommand> unwrapOnce(SimpleCommand cmd) {
        Optional<String> base = cmd.baseName();
        if (base.isEmpty()) {
            // `python${PY_VERSION} -m pip`: a Python whatever the version the variable holds.
            return !cmd.words().isEmpty() && isVersionedPython(cmd.words().get(0))
                    ? unwrapPythonModule(cmd) : Optional.empty();
        }
        List<Word> words = cmd.words();
        String name = base.get();
        switch (name) {
            case "sudo":
                return withAssignments(cmd, CommandOptions.skipLeadingOptions(words, 1, SUDO_VALUES));
            case "env":
                return unwrapEnv(cmd);
            case "nohup":
                return rest(cmd, List.of(), 1);
            case "time":
                return rest(cmd, List.of(), CommandOptions.skipLeadingOptions(words, 1, TIME_VALUES));
            case "exec":
                return rest(cmd, List.of(), CommandOptions.skipLeadingOptions(words, 1, EXEC_VALUES));
            case "command":
                // command -v / -V only looks the name up; it does not run it.
                if (cmd.hasFlag("-v", "-V")) {
                    return Optional.empty();
                }
                return rest(cmd, List.of(), CommandOptions.skipLeadingOptions(words, 1, Set.of()));
            case "nice":
                return rest(cmd, List.of(), CommandOptions.skipLeadingOptions(words, 1, NICE_VALUES));
            case "timeout":
                // The first positional is the duration.
                return rest(cmd, List.of(), CommandOptions.skipLeadingOptions(words, 1, TIMEOUT_VALUES) + 1);
            case "xargs":
                return rest(cmd, List.of(), CommandOptions.skipLeadingOptions(words, 1, XARGS_VALUES));
            case "gosu":
            case "su-exec":
                // The first argument is the user[:group].
                return rest(cmd, List.of(), 2);
            case "uv":
                if (words.size() > 1 && words.get(1).is("pip")) {
                    return rest(cmd, List.of(), 1);
                }
                return Optional.empty();
            default:
                return isPython(name) ? unwrapPythonModule(cmd) : Optional.empty();
        }
    }

    private static Optional<SimpleCommand> unwrapEnv(SimpleCommand cmd) {
        List<Word> words = cmd.words();
        int i = 1;
        while (i < words.size()) {
            String v = words.get(i).value();
            if (v.equals("-")) {
                // spec: a lone "-" is env's old spelling of -i.
                i++;
                continue;
            }
            if (v.equals("-S") || v.startsWith("--split-string")) {
                // The command is inside a string env splits itself; not unwrapped.
                return Optional.empty();
            }
            int next = CommandOptions.skipLeadingOptions(words, i, ENV_VALUES);
            if (next == i) {
                break;
            }
            i = next;
        }
        return withAssignments(cmd, i);
    }

    /** Skips {@code NAME=value} words at {@code from} (as env and sudo accept), then takes the rest. */
    private static Optional<SimpleCommand> withAssignments(SimpleCommand cmd, int from) {
        List<Word> words = cmd.words();
        List<Assignment> assignments = new ArrayList<>();
        int i = from;
        while (i < words.size()) {
            Optional<Assignment> a = Assignment.of(words.get(i));
            if (a.isEmpty()) {
                break;
            }
            assignments.add(a.get());
            i++;
        }
        return rest(cmd, assignments, i);
    }

    private static Optional<SimpleCommand> rest(SimpleCommand cmd, List<Assignment> assignments, int from) {
        List<Word> words = cmd.words();
        if (from >= words.size()) {
            return Optional.empty();
        }
        return Optional.of(cmd.view(assignments, words.subList(from, words.size())));
    }

    /** {@code python}, {@code python3}, {@code python3.12}, {@code python2.7}. */
    static boolean isPython(String name) {
        if (!name.startsWith("python")) {
            return false;
        }
        for (int i = "python".length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code python${VER}}, {@code python$PY}, {@code python3.${MINOR}}: a literal {@code python},
     * then only version digits, dots and parameter expansions.
     */
    static boolean isVersionedPython(Word word) {
        List<WordPart> parts = new ArrayList<>();
        flatten(word.parts(), parts);
        if (parts.isEmpty() || !(parts.get(0) instanceof WordPart.Literal first) || !isPython(first.text())) {
            return false;
        }
        boolean expansion = false;
        for (WordPart part : parts.subList(1, parts.size())) {
            if (part instanceof WordPart.ParameterExpansion) {
                expansion = true;
            } else if (!(part instanceof WordPart.Literal l) || !versionText(l.text())) {
                return false;
            }
        }
        return expansion;
    }

    // Double quotes group parts without changing them: "python${PY}" is python${PY}.
    private static void flatten(List<WordPart> parts, List<WordPart> out) {
        for (WordPart part : parts) {
            if (part instanceof WordPart.DoubleQuoted q) {
                flatten(q.parts(), out);
            } else {
                out.add(part);
            }
        }
    }

    private static boolean versionText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code python [opts] -m pip args} becomes {@code pip args}. */
    private static Optional<SimpleCommand> unwrapPythonModule(SimpleCommand cmd) {
        List<Word> words = cmd.words();
        int i = 1;
        while (i < words.size()) {
            String v = words.get(i).value();
            if (PYTHON_VALUES.contains(v)) {
                i += 2;
                continue;
            }
            if (!CommandOptions.isOption(v) || v.startsWith("--")) {
                // A script path or an unknown long option: no -m before it.
                return Optional.empty();
            }
            int next = i + 1;
            for (int j = 1; j < v.length(); j++) {
                char c = v.charAt(j);
                if (c == 'c') {
                    return Optional.empty();
                }
                if (c == 'W' || c == 'X') {
                    // The rest of the cluster, or the next word, is the option's value.
                    next = j == v.length() - 1 ? i + 2 : i + 1;
                    break;
                }
                if (c == 'm') {
                    return j == v.length() - 1
                            ? pipView(cmd, i + 1 < words.size() ? words.get(i + 1) : null, i + 2)
                            : pipView(cmd, words.get(i).dropValuePrefix(j + 1), i + 1);
                }
            }
            i = next;
        }
        return Optional.empty();
    }

    private static Optional<SimpleCommand> pipView(SimpleCommand cmd, Word module, int argsFrom) {
        if (module == null || !module.is("pip")) {
            return Optional.empty();
        }
        List<Word> words = cmd.words();
        List<Word> viewWords = new ArrayList<>();
        viewWords.add(module);
        viewWords.addAll(words.subList(Math.min(argsFrom, words.size()), words.size()));
        return Optional.of(cmd.view(List.of(), viewWords));
    }
}
