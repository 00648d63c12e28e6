package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Manager;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Package;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The shared shape of the version-pinning rules: in every stage, each install of one package
 * manager whose package words are not all pinned is one finding. Words with expansions
 * ({@code $PACKAGES}) are left out: their value is not known.
 */
final class UnpinnedPackages {
    private UnpinnedPackages() {
    }

    static void check(DockerfileContext ctx, FindingSink sink, Manager manager,
                      Predicate<PackageManagerCommand> applies, BiPredicate<PackageManagerCommand, String> pinned) {
        for (RunCommands run : RunsInFile.of(ctx)) {
            for (PackageManagerCommand install : PackageManagerCommand.in(run)) {
                if (install.manager() != manager || !install.installs() || !applies.test(install)) {
                    continue;
                }
                List<Word> unpinned = install.packages().stream().filter(Package::isKnown).map(Package::word)
                        .filter(w -> !pinned.test(install, w.value())).toList();
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
