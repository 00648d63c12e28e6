package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Mount;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Locale;
import java.util.Optional;

/**
 * Dockerfile syntax newer than the frontend built into Docker Engine, in a file without a
 * {@code # syntax=} directive. Docker Engine 23.0, the first release that builds with BuildKit by
 * default, has the Dockerfile frontend 1.4 built in (BuildKit v0.10): cache, secret, ssh and bind
 * mounts (1.2), {@code --network} (1.3), heredocs and {@code --link} (1.4) work there without a
 * directive, so only later features, and those still only in the labs channel, are reported.
 * Each feature carries the frontend release that made it stable (Docker's Dockerfile release notes).
 * Reported once, at the first such use.
 */
@RuleInfo(code = "DF085", name = "buildkit-syntax-without-directive", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "Dockerfile syntax newer than the frontend built into Docker Engine is used without a `# syntax=` directive.",
        fix = "Add `# syntax=docker/dockerfile:1` (`docker/dockerfile:1-labs` for a labs feature) as the first line of the file.",
        autofix = FixApplicability.SAFE)
public final class BuildkitSyntaxWithoutDirective implements DockerfileRule {
    // The frontend built into the oldest Docker Engine that builds with BuildKit by default (23.0).
    static final String BUILT_IN = "1.4";
    private static final String LABS = "labs";

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        if (ctx.dockerfile().directive("syntax").isPresent()) {
            return;
        }
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            Optional<Use> use = use(instruction);
            if (use.isPresent()) {
                sink.report(use.get().range(), message(use.get()), directive(ctx.source().text(), use.get()));
                return;
            }
        }
    }

    /** A feature, the frontend release that made it stable ({@code labs}: not stable yet), and where it is used. */
    private record Use(String what, String version, TextRange range) {
    }

    /** The directive as the new first line (after a byte order mark), in the file's line ending. */
    private static Fix directive(String text, Use use) {
        String syntax = "docker/dockerfile:" + (use.version().equals(LABS) ? "1-labs" : "1");
        int at = text.startsWith("\uFEFF") ? 1 : 0;
        return Fix.safe("add `# syntax=" + syntax + "`",
                TextEdit.insert(at, "# syntax=" + syntax + TextEdit.lineEnding(text)));
    }

    private static String message(Use use) {
        if (use.version().equals(LABS)) {
            return use.what() + " is only in the Dockerfile labs channel, but there is no"
                    + " `# syntax=docker/dockerfile:1-labs` directive";
        }
        return use.what() + " needs Dockerfile frontend " + use.version() + " (Docker Engine has " + BUILT_IN
                + " built in since 23.0), but there is no `# syntax=` directive";
    }

    private static Optional<Use> use(Instruction instruction) {
        Instruction i = instruction instanceof OnbuildInstruction o && o.trigger().isPresent() ? o.trigger().get()
                : instruction;
        if (i instanceof RunInstruction run) {
            return runUse(run);
        }
        if (i instanceof CopyInstruction || i instanceof AddInstruction) {
            return transferUse(i);
        }
        return Optional.empty();
    }

    private static Optional<Use> runUse(RunInstruction run) {
        for (Mount mount : run.mounts()) {
            if (mount.env().isPresent()) {
                return Optional.of(new Use("`RUN --mount=type=" + mount.type() + ",env=`", "1.10", mount.range()));
            }
        }
        for (Flag flag : run.flags()) {
            if (flag.name().equals("security")) {
                return Optional.of(new Use("`RUN --security`", "1.20", flag.range()));
            }
            if (flag.name().equals("device")) {
                return Optional.of(new Use("`RUN --device`", LABS, flag.range()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Use> transferUse(Instruction i) {
        String keyword = i.keyword();
        for (Flag flag : i.flags()) {
            String since = switch (flag.name()) {
                case "parents" -> "1.20";
                case "exclude" -> "1.19";
                case "unpack" -> "1.17";
                case "checksum", "keep-git-dir" -> "1.6";
                case "chmod" -> chmodSince(flag.valueOrEmpty());
                default -> "";
            };
            if (!since.isEmpty()) {
                String what = flag.name().equals("chmod") ? "`" + keyword + " --chmod=" + flag.valueOrEmpty() + "`"
                        : "`" + keyword + " --" + flag.name() + "`";
                return Optional.of(new Use(what, since, flag.range()));
            }
        }
        if (i instanceof AddInstruction add) {
            for (Word source : add.sources()) {
                if (isGitUrl(source.text())) {
                    return Optional.of(new Use("`ADD` from a Git repository", "1.6", source.range()));
                }
            }
        }
        return Optional.empty();
    }

    // Octal modes work since 1.2; build-argument expansion needs 1.10, symbolic modes (u+x) 1.14.
    private static String chmodSince(String mode) {
        if (mode.indexOf('$') >= 0) {
            return "1.10";
        }
        for (int k = 0; k < mode.length(); k++) {
            char c = mode.charAt(k);
            if (c < '0' || c > '7') {
                return "1.14";
            }
        }
        return "";
    }

    private static boolean isGitUrl(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("git@") || s.startsWith("git://")
                || (s.startsWith("https://") || s.startsWith("http://") || s.startsWith("ssh://"))
                        && (s.endsWith(".git") || s.contains(".git#") || s.contains(".git?"));
    }
}
