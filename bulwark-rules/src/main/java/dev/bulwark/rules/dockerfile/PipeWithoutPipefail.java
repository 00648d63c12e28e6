package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Splits;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.images.BaseImageTools;
import dev.bulwark.shell.Command;
import dev.bulwark.shell.Pipeline;
import dev.bulwark.shell.RedirectOperator;
import dev.bulwark.shell.Redirection;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A RUN pipeline whose failure on the left is hidden: without {@code pipefail} the pipeline's
 * status is the last command's, so {@code curl … | tar x} "succeeds" after a failed download.
 * Satisfied by a SHELL with {@code -o pipefail} or a {@code set -o pipefail} earlier in the RUN;
 * not reported for non-POSIX shells, for pipelines fed only by {@code echo}/{@code printf},
 * which cannot fail, for pipelines whose last command fails by itself on empty or cut input
 * ({@link PipeConsumers}), for a {@code grep} filter in the middle of a pipe of local commands
 * (pipefail would fail the build when it selects nothing), for pipelines writing a file whose checksum the RUN verifies later,
 * nor for cleanups that delete what a listing names ({@code find … | xargs rm -rf}), nor when
 * the last command checks sums from a list file and ignores the pipe ({@code md5sum -c FILE}).
 */
@RuleInfo(code = "DF111", name = "pipe-without-pipefail", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A RUN pipes commands without `pipefail`, so a failure on the left of `|` does not fail the build.",
        fix = "Add `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before the RUN (`set -o pipefail &&` works where the shell is bash or busybox).",
        aliases = {"DL4006"}, autofix = FixApplicability.UNSAFE)
public final class PipeWithoutPipefail implements DockerfileRule {
    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");
    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox");
    // Producers that cannot fail in a way pipefail would catch.
    private static final Set<String> HARMLESS = Set.of("echo", "printf", "yes", "true", "seq");
    private static final Set<String> CHECKSUM_TOOLS = Set.of("sha1sum", "sha224sum", "sha256sum", "sha384sum",
            "sha512sum", "md5sum", "b2sum", "shasum");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            boolean busyboxSh = BaseImageTools.shIsBusybox(stage.rootBase());
            // One SHELL per stage fixes every later RUN: only the first finding carries it.
            boolean fixOffered = false;
            for (Instruction i : stage.instructions()) {
                List<String> shell = stage.shellAt(i);
                if (!(i instanceof RunInstruction run) || !needsCheck(shell, busyboxSh)) {
                    continue;
                }
                String program = bodyShell(run, program(shell));
                boolean hasPipefail = hasPipefail(program, busyboxSh);
                List<SimpleCommand> commands = RunCommands.of(ctx.model(), run).commands();
                boolean asked = setsPipefail(shell.subList(1, shell.size())) || setsPipefailIn(commands);
                // Asking dash for pipefail breaks the RUN whatever the pipe's last command.
                Optional<Pipeline> risky = firstRiskyPipe(commands, hasPipefail, !asked);
                if (risky.isPresent()) {
                    String message = asked
                            ? "pipe without `pipefail`: `" + program + "` may be dash, which has no pipefail"
                            : "pipe without `pipefail`";
                    // A heredoc body run by a shell its line names does not run in SHELL.
                    if (!fixOffered && shell.equals(DEFAULT_SHELL) && program.equals(program(shell))) {
                        fixOffered = true;
                        sink.report(risky.get().range(), message, shellFix(ctx, run, busyboxSh));
                    } else {
                        sink.report(risky.get().range(), message);
                    }
                }
            }
        }
    }

    /**
     * A SHELL with pipefail above the RUN: bash, or busybox's sh where that is the shell. Unsafe:
     * every later RUN, and a shell-form CMD or ENTRYPOINT, then runs in that shell.
     */
    private static Fix shellFix(DockerfileContext ctx, RunInstruction run, boolean busyboxSh) {
        String shell = busyboxSh ? "[\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]"
                : "[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]";
        return Fix.unsafe("add `SHELL " + shell + "` before the RUN", NewInstruction.before(ctx, run, "SHELL", shell));
    }

    private static boolean needsCheck(List<String> shell, boolean busyboxSh) {
        if (shell.isEmpty()) {
            return false;
        }
        String program = program(shell);
        return POSIX_SHELLS.contains(program)
                && !(hasPipefail(program, busyboxSh) && setsPipefail(shell.subList(1, shell.size())));
    }

    // `RUN /bin/bash <<'EOF'`: the heredoc's body is read by the shell the line names, not the stage's.
    private static String bodyShell(RunInstruction run, String stageProgram) {
        if (run.heredocs().size() != 1 || !(run.command() instanceof ShellForm form)) {
            return stageProgram;
        }
        String[] words = Splits.onWhitespace(form.text().text());
        if (words.length == 0) {
            return stageProgram;
        }
        String first = words[0].substring(words[0].lastIndexOf('/') + 1);
        return POSIX_SHELLS.contains(first) ? first : stageProgram;
    }

    private static String program(List<String> shell) {
        return shell.isEmpty() ? "" : shell.get(0).substring(shell.get(0).lastIndexOf('/') + 1);
    }

    // `/bin/sh` is dash on Debian and Ubuntu, whose releases so far have no pipefail (it came with
    // dash 0.5.13): `sh -o pipefail` and `set -o pipefail` there fail the RUN. sh counts only where
    // it is known to be busybox ash.
    private static boolean hasPipefail(String program, boolean busyboxSh) {
        return !(program.equals("sh") || program.equals("dash")) || program.equals("sh") && busyboxSh;
    }

    private static boolean setsPipefail(List<String> args) {
        for (int k = 0; k + 1 < args.size(); k++) {
            if (args.get(k).startsWith("-") && args.get(k).endsWith("o") && args.get(k + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }

    private static boolean setsPipefailIn(List<SimpleCommand> commands) {
        for (SimpleCommand c : commands) {
            if (c.is("set") && setsPipefail(values(c.arguments()))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Pipeline> firstRiskyPipe(List<SimpleCommand> commands, boolean hasPipefail,
            boolean consumerMayCatch) {
        for (SimpleCommand c : commands) {
            if (hasPipefail && c.is("set") && setsPipefail(values(c.arguments()))) {
                return Optional.empty();
            }
            Pipeline p = c.pipeline();
            // Inside $(…) the status is lost anyway; pipefail would not change the build.
            if (p == null || p.commands().size() < 2 || p.commands().get(0) != c || c.insideSubstitution()) {
                continue;
            }
            List<Command> left = p.commands().subList(0, p.commands().size() - 1);
            Command last = p.commands().get(p.commands().size() - 1);
            boolean caught = consumerMayCatch && last instanceof SimpleCommand s
                    && (PipeConsumers.catchesFailedProducer(s) || checksumVerifiedLater(s, commands))
                    || last instanceof SimpleCommand cleanup && deletesWhatItReads(cleanup)
                    || last instanceof SimpleCommand checker && checksFileList(checker);
            // Local producers only: a final grep that selects lines exits 1 on their empty output,
            // and a local command is not cut off midway as a download is.
            boolean local = !downloads(left);
            caught |= local && last instanceof SimpleCommand g && PipeConsumers.grepSelectsFromPipe(g);
            if (!caught && !allHarmless(left) && !(local && filtersMidway(left))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * A {@code grep} filter in the middle of a pipe fed by local commands
     * ({@code apt-get -s dist-upgrade | grep ^Inst | awk … | xargs apt-get install}): with
     * pipefail, a filter that selects nothing (no upgrade pending) fails the RUN, so the advice
     * would break the build, while a local producer that fails leaves nothing to filter either.
     * A download in the pipe ({@code curl}, {@code wget}) keeps the finding: its failure matters.
     */
    private static boolean filtersMidway(List<Command> left) {
        for (int i = 1; i < left.size(); i++) {
            if (left.get(i) instanceof SimpleCommand c && c.is("grep", "egrep", "fgrep")
                    && !c.hasFlag("-q", "--quiet", "--silent")) {
                return true;
            }
        }
        return false;
    }

    // Whether a command of the pipe fetches over the network, whose failure midway cuts the stream.
    private static boolean downloads(List<Command> left) {
        for (Command command : left) {
            if (!(command instanceof SimpleCommand c) || c.is("curl", "wget", "aria2c", "git", "ssh", "scp", "rsync")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pipeline writes a file that a later command of the RUN checks against a checksum
     * ({@code curl … | sed … > key.gpg && echo "$SUM  key.gpg" | sha256sum -c -}): a failed or
     * cut download gives a file whose sum does not match, which fails the RUN anyway.
     */
    private static boolean checksumVerifiedLater(SimpleCommand last, List<SimpleCommand> commands) {
        String written = null;
        for (Redirection r : last.redirections()) {
            RedirectOperator op = r.operator();
            if ((op == RedirectOperator.OUTPUT || op == RedirectOperator.CLOBBER) && !r.target().hasExpansion()) {
                written = r.target().value();
            }
        }
        if (written == null || written.isEmpty()) {
            return false;
        }
        String name = written.substring(written.lastIndexOf('/') + 1);
        for (int i = commands.indexOf(last) + 1; i < commands.size(); i++) {
            SimpleCommand c = commands.get(i);
            if (!CHECKSUM_TOOLS.contains(c.effective().baseName().orElse("")) || !hasCheckFlag(c)) {
                continue;
            }
            // The file is named on the checking command or in the list piped into it.
            Pipeline pipeline = c.pipeline();
            List<Command> members = pipeline == null ? List.of(c) : pipeline.commands();
            for (Command member : members) {
                if (member instanceof SimpleCommand m && mentions(m, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code find … | xargs rm -rf}: a best-effort cleanup. Whether the listing failed changes
     * nothing worth failing the build for, and pipefail would fail it on {@code find /}'s routine
     * complaints about vanishing {@code /proc} entries.
     */
    private static boolean deletesWhatItReads(SimpleCommand last) {
        return last.original().is("xargs") && last.effective().is("rm", "rmdir", "unlink");
    }

    /**
     * {@code … | md5sum -c ngc-cli.md5}: a checksum check with a list file reads that file, not the
     * pipe; the pipeline's status is the verification itself, whatever the left side did.
     */
    private static boolean checksFileList(SimpleCommand last) {
        SimpleCommand c = last.effective();
        if (!CHECKSUM_TOOLS.contains(c.baseName().orElse("")) || !hasCheckFlag(c)) {
            return false;
        }
        for (Word w : c.arguments()) {
            String v = w.value();
            if (!v.startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCheckFlag(SimpleCommand c) {
        for (Word w : c.arguments()) {
            String v = w.value();
            if (v.equals("--check") || v.startsWith("-") && !v.startsWith("--") && v.indexOf('c') > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(SimpleCommand c, String fileName) {
        for (Word w : c.words()) {
            if (w.value().contains(fileName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHarmless(List<Command> producers) {
        for (Command producer : producers) {
            if (!(producer instanceof SimpleCommand s) || !HARMLESS.contains(s.effective().baseName().orElse(""))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> values(List<Word> words) {
        List<String> values = new ArrayList<>(words.size());
        for (Word w : words) {
            values.add(w.value());
        }
        return values;
    }
}
