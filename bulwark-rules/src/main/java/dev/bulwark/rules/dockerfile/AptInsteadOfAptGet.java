package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/** {@code apt} in a RUN: its command-line interface is for people and may change between releases. */
@RuleInfo(code = "DF112", name = "apt-instead-of-apt-get", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "A RUN uses `apt`, whose interface is unstable in scripts, instead of `apt-get`.",
        fix = "Use `apt-get` (or `apt-cache` for queries, `dpkg-query -W` to list installed packages).",
        aliases = {"DL3027"})
public final class AptInsteadOfAptGet implements DockerfileRule {
    // apt's query subcommands that apt-get does not have; apt-cache has them under the same name.
    private static final Set<String> CACHE_QUERIES = Set.of("search", "show", "showsrc", "policy", "depends",
            "rdepends", "madison", "showpkg", "pkgnames");

    // The stable command that does what the apt subcommand does: `apt-get list` does not exist.
    private static String replacement(String subcommand) {
        if (subcommand.equals("list")) {
            return "`dpkg-query -W` (installed packages) or `apt-cache policy`/`madison` (available versions)";
        }
        if (CACHE_QUERIES.contains(subcommand)) {
            return "`apt-cache " + subcommand + "`";
        }
        return "`apt-get`";
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (i instanceof RunInstruction run) {
                for (PackageManagerCommand a : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                    if (a.program().equals("apt")) {
                        sink.report(a.range(), "`" + a.display() + "`: use " + replacement(a.subcommand()));
                    }
                }
            }
        }
    }
}
