package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
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
        aliases = {"DL3027"}, autofix = FixApplicability.SAFE)
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

    // Subcommands apt-get runs the same way; `apt upgrade` also installs new dependencies, which
    // `apt-get upgrade` does not, and the queries are apt-cache's.
    private static final Set<String> SAME_IN_APT_GET = Set.of("install", "update", "remove", "purge", "autoremove",
            "clean", "autoclean", "dist-upgrade", "build-dep", "source", "download", "reinstall");

    private static void report(DockerfileContext ctx, PackageManagerCommand apt, FindingSink sink) {
        String message = "`" + apt.display() + "`: use " + replacement(apt.subcommand());
        TextRange name = apt.effective().nameRange();
        String written = ctx.source().slice(name);
        if (SAME_IN_APT_GET.contains(apt.subcommand()) && (written.equals("apt") || written.endsWith("/apt"))) {
            sink.report(apt.range(), message, Fix.safe("use apt-get",
                    TextEdit.insert(name.end(), "-get")));
        } else {
            sink.report(apt.range(), message);
        }
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (i instanceof RunInstruction run) {
                for (PackageManagerCommand a : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                    if (a.program().equals("apt")) {
                        report(ctx, a, sink);
                    }
                }
            }
        }
    }
}
