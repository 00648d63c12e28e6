package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import dev.bulwark.shell.WordPart;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A script downloaded and run in one go, never seen or verified: {@code curl … | sh},
 * {@code wget -O- … | bash}, {@code sh -c "$(curl …)"}, {@code bash <(curl …)},
 * {@code eval "$(curl …)"}, {@code curl … | python3 -}.
 */
@RuleInfo(code = "DF074", name = "remote-script-executed", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING,
        summary = "A script is downloaded and executed without being verified (`curl … | sh`).",
        fix = "Download to a file, check its SHA-256 (`sha256sum -c`), then run it; or install a pinned package.")
public final class RemoteScriptExecuted implements DockerfileRule {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");
    private static final Set<String> INTERPRETERS = Set.of("perl", "ruby", "node");
    private static final Set<String> SOURCING = Set.of("eval", "source", ".");
    private static final Set<String> SHELL_VALUES = Set.of("-o", "+o", "-O", "+O", "--rcfile", "--init-file");
    private static final Set<String> CURL_VALUES = Set.of("-o", "--output", "--output-dir", "-H", "--header", "-u", "--user", "-A", "--user-agent",
            "-e", "--referer", "-d", "--data", "-X", "--request", "-m", "--max-time", "--retry", "--connect-timeout",
            "-w", "--write-out", "-x", "--proxy", "--cacert", "--cert", "-b", "--cookie", "-c", "--cookie-jar",
            "-r", "--range", "-T", "--upload-file", "-F", "--form", "--retry-delay", "--retry-max-time",
            "--proto", "--proto-redir", "-K", "--config", "--resolve", "--limit-rate", "-y", "-Y", "-z");
    private static final Set<String> WGET_VALUES = Set.of("-O", "--output-document", "-o", "--output-file",
            "-a", "--append-output", "-t", "--tries", "-T", "--timeout", "-U", "--user-agent", "--header", "-P",
            "--directory-prefix", "-e", "--execute", "--user", "--password", "--ca-certificate", "-w", "--wait");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (RunCommands run : RunsInFile.of(ctx)) {
            List<SimpleCommand> commands = run.commands();
            for (SimpleCommand command : commands) {
                SimpleCommand download = command.effective();
                if (!writesToStdout(download)) {
                    continue;
                }
                Optional<SimpleCommand> next = command.nextInPipeline();
                if (!command.insideSubstitution() && next.isPresent() && runsStdin(next.get().effective())) {
                    SimpleCommand reader = next.get().effective();
                    sink.report(command.range().cover(reader.original().range()),
                            "`" + download.baseName().get() + "` output piped into `" + reader.baseName().get() + "`");
                    continue;
                }
                if (command.insideSubstitution()) {
                    for (SimpleCommand outer : commands) {
                        SimpleCommand runner = outer.effective();
                        if (outer != command && runsArgumentScript(runner) && argumentContains(runner, command)) {
                            sink.report(outer.range(), "`" + runner.baseName().get() + "` runs the output of `"
                                    + download.baseName().get() + "`");
                            break;
                        }
                    }
                }
            }
        }
    }

    // curl writes the body to stdout unless told to save it; wget only with `-O -`.
    private static boolean writesToStdout(SimpleCommand c) {
        if (c.is("curl")) {
            // `-o -` (also `-o-`) is stdout.
            boolean toFile = anyOtherThan(c.flagValues(CURL_VALUES, "-o", "--output"), "-");
            return !toFile && !c.hasFlag(CURL_VALUES, "-O", "--remote-name", "--remote-name-all")
                    && !c.positionals(CURL_VALUES).isEmpty();
        }
        if (c.is("wget")) {
            return anyIs(c.flagValues(WGET_VALUES, "-O", "--output-document"), "-");
        }
        return false;
    }

    private static boolean anyIs(List<Word> words, String value) {
        for (Word w : words) {
            if (w.is(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOtherThan(List<Word> words, String value) {
        for (Word w : words) {
            if (!w.is(value)) {
                return true;
            }
        }
        return false;
    }

    /** A shell or interpreter that executes what it reads on stdin. */
    private static boolean runsStdin(SimpleCommand c) {
        Optional<String> name = c.baseName();
        if (name.isEmpty()) {
            return false;
        }
        List<Word> positionals;
        if (SHELLS.contains(name.get())) {
            if (c.hasFlag(SHELL_VALUES, "-c")) {
                return false;
            }
            if (c.hasFlag(SHELL_VALUES, "-s")) {
                return true;
            }
            positionals = c.positionals(SHELL_VALUES);
        } else if (ProgramNames.isPython(name.get()) || INTERPRETERS.contains(name.get())) {
            if (c.hasFlag(Set.of(), "-c", "-m", "-e", "--eval")) {
                return false;
            }
            positionals = c.positionals(Set.of("-W", "-X"));
        } else {
            return false;
        }
        return positionals.isEmpty() || positionals.get(0).is("-") || positionals.get(0).is("/dev/stdin");
    }

    /** {@code sh -c "$(…)"}, {@code bash <(…)}, {@code eval "$(…)"}, {@code source <(…)}: runs a word's text. */
    private static boolean runsArgumentScript(SimpleCommand c) {
        Optional<String> name = c.baseName();
        return name.isPresent() && (SHELLS.contains(name.get()) || SOURCING.contains(name.get())
                || ProgramNames.isPython(name.get()));
    }

    /**
     * Whether the word the runner executes is exactly a substitution around {@code inner}: the
     * {@code -c} script of a shell or python, otherwise the first positional (the script file, or
     * what eval and source run). {@code bash -c "echo $(curl …)"} only prints the download.
     */
    private static boolean argumentContains(SimpleCommand runner, SimpleCommand inner) {
        Optional<Word> script;
        String name = runner.baseName().orElse("");
        Set<String> values = SHELLS.contains(name) ? SHELL_VALUES : Set.of("-W", "-X");
        if (SOURCING.contains(name)) {
            script = runner.arguments().isEmpty() ? Optional.empty() : Optional.of(runner.arguments().get(0));
        } else if (runner.hasFlag(values, "-c")) {
            script = runner.flagValue(values, "-c");
        } else {
            List<Word> positionals = runner.positionals(values);
            script = positionals.isEmpty() ? Optional.empty() : Optional.of(positionals.get(0));
        }
        if (script.isEmpty() || !isWholeSubstitution(script.get())) {
            return false;
        }
        Word w = script.get();
        return w.range().start() <= inner.range().start() && inner.range().end() <= w.range().end();
    }

    // `$(…)`, `"$(…)"`, `` `…` `` or `<(…)` and nothing else.
    private static boolean isWholeSubstitution(Word w) {
        List<WordPart> parts = w.parts();
        if (parts.size() == 1 && parts.get(0) instanceof WordPart.DoubleQuoted q) {
            parts = q.parts();
        }
        return parts.size() == 1 && (parts.get(0) instanceof WordPart.CommandSubstitution
                || parts.get(0) instanceof WordPart.ProcessSubstitution);
    }
}
