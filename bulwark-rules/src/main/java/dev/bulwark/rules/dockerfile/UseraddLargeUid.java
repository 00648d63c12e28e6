package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.Text;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.Optional;
import java.util.Set;

/**
 * {@code useradd -u <large uid>} without {@code -l} (hadolint DL3046): useradd then reserves the
 * user's slot in {@code /var/log/lastlog} and {@code faillog}, sparse files of about 300 bytes per
 * UID below it, which image layers store in full.
 */
@RuleInfo(code = "DF051", name = "useradd-large-uid-without-no-log-init", practice = Practice.NON_ROOT_USER,
        severity = Severity.WARNING,
        summary = "`useradd` with a UID above 99999 and no `-l` bloats the image with lastlog data.",
        fix = "Add `-l` (`--no-log-init`) to `useradd`, or use a UID below 100000.",
        aliases = {"DL3046"})
public final class UseraddLargeUid implements DockerfileRule {
    // useradd(8) options that take a value.
    static final Set<String> USERADD_VALUES = Set.of("-b", "--base-dir", "-c", "--comment", "-d", "--home-dir",
            "-e", "--expiredate", "-f", "--inactive", "-g", "--gid", "-G", "--groups", "-k", "--skel", "-K",
            "--key", "-p", "--password", "-R", "--root", "-P", "--prefix", "-s", "--shell", "-u", "--uid", "-Z",
            "--selinux-user", "--btrfs-subvolume-home");
    private static final long LARGEST_SMALL_UID = 99_999;

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                SimpleCommand c = command.effective();
                if (!c.is("useradd") || c.hasFlag(USERADD_VALUES, "-l", "--no-log-init")) {
                    continue;
                }
                Optional<Word> uidWord = c.flagValue(USERADD_VALUES, "-u", "--uid");
                if (uidWord.isEmpty()) {
                    continue;
                }
                Optional<Long> uid = resolve(ctx, run, uidWord.get());
                if (uid.isPresent() && uid.get() > LARGEST_SMALL_UID) {
                    sink.report(command.range(), "`useradd` with UID " + uid.get() + " and no `-l`");
                }
            }
        }
    }

    // `-u 100000`, or `-u ${UID}` with the ARG/ENV default known; anything else is not judged.
    private static Optional<Long> resolve(DockerfileContext ctx, RunInstruction run, Word word) {
        String value = word.value();
        if (word.hasExpansion()) {
            Expansion e = ctx.model().expand(run, word.raw());
            if (!e.isOk() || !e.undefined().isEmpty()) {
                return Optional.empty();
            }
            value = e.text();
        }
        if (value.isEmpty() || value.length() > 18 || !Text.allDigits(value)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }
}
