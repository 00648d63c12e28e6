package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Manager;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Package;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared shape of the version-pinning rules: in every stage, each install of one package
 * manager whose package words are not all pinned is one finding. Words with expansions
 * ({@code $PACKAGES}) are left out: their value is not known.
 */
final class UnpinnedPackages {
    private UnpinnedPackages() {
    }

    /** What a rule of this shape decides about its package manager; the rule implements it. */
    interface PinRule {
        /** Whether the install's package words are packages at all (an RPM group install's are not). */
        default boolean names(PackageManagerCommand install) {
            return true;
        }

        /** Whether {@code pkg}, a package word of {@code install}, names an exact version. */
        boolean pinned(PackageManagerCommand install, String pkg);
    }

    static void check(DockerfileContext ctx, FindingSink sink, Manager manager, PinRule rule) {
        for (RunCommands run : RunsInFile.of(ctx)) {
            for (PackageManagerCommand install : PackageManagerCommand.in(run)) {
                if (install.manager() != manager || !install.installs() || !rule.names(install)) {
                    continue;
                }
                List<Word> unpinned = new ArrayList<>();
                for (Package pkg : install.packages()) {
                    if (pkg.isKnown() && !rule.pinned(install, pkg.word().value())) {
                        unpinned.add(pkg.word());
                    }
                }
                if (!unpinned.isEmpty()) {
                    String more = unpinned.size() > 1 ? " and " + (unpinned.size() - 1) + " more" : "";
                    TextRange range = unpinned.get(0).range().cover(unpinned.get(unpinned.size() - 1).range());
                    sink.report(range, "`" + unpinned.get(0).value() + "`" + more + " without a version in `"
                            + install.display() + "`");
                }
            }
        }
    }
}
