package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit-only syntax in a file without a {@code # syntax=} directive, so the Dockerfile version
 * depends on whichever builder happens to run it. Reported once, at the first such use.
 */
@RuleInfo(code = "DF085", name = "buildkit-syntax-without-directive", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "BuildKit-only syntax is used without a `# syntax=` directive pinning the Dockerfile frontend.",
        fix = "Add `# syntax=docker/dockerfile:1` as the first line of the file.")
public final class BuildkitSyntaxWithoutDirective implements DockerfileRule {
    // Flags the legacy builder does not know (spec 1.8).
    private static final Set<String> RUN_FLAGS = Set.of("mount", "network", "security", "device");
    private static final Set<String> COPY_FLAGS = Set.of("link", "chmod", "parents", "exclude", "checksum",
            "keep-git-dir", "unpack");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        if (ctx.dockerfile().directive("syntax").isPresent()) {
            return;
        }
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            Optional<Use> use = use(instruction);
            if (use.isPresent()) {
                sink.report(use.get().range(), use.get().what() + " needs BuildKit, but there is no `# syntax=` directive");
                return;
            }
        }
    }

    private record Use(String what, TextRange range) {
    }

    private static Optional<Use> use(Instruction instruction) {
        Instruction i = instruction instanceof OnbuildInstruction o && o.trigger().isPresent() ? o.trigger().get()
                : instruction;
        if (!i.heredocs().isEmpty()) {
            return Optional.of(new Use("heredoc in `" + i.keyword() + "`", i.heredocs().get(0).markerRange()));
        }
        Set<String> buildkitFlags = i instanceof RunInstruction ? RUN_FLAGS
                : i instanceof CopyInstruction || i instanceof AddInstruction ? COPY_FLAGS : Set.of();
        for (Flag flag : i.flags()) {
            if (buildkitFlags.contains(flag.name())) {
                return Optional.of(new Use("`" + i.keyword() + " --" + flag.name() + "`", flag.range()));
            }
        }
        return Optional.empty();
    }
}
