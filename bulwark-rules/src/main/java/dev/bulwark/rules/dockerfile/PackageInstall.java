package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * An operating-system package install ({@code apt-get install}, {@code apk add},
 * {@code dnf install}, {@code zypper install}, …) and the package words it names, for the
 * version-pinning rules. Words with expansions ({@code $PACKAGES}) are left out: their value is
 * not known.
 */
record PackageInstall(String display, List<Word> packages) {

    /** A package manager: its program names, install subcommands and options that take a value. */
    record Manager(Set<String> programs, Set<String> installs, Set<String> valueOptions) {
    }

    static final Manager APT = new Manager(Set.of("apt-get", "apt"), Set.of("install"),
            AptCommand.VALUE_OPTIONS);
    static final Manager APK = new Manager(Set.of("apk"), Set.of("add"), Set.of("-t", "--virtual", "-X",
            "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--repositories-file"));
    static final Manager RPM = new Manager(Set.of("yum", "dnf", "microdnf", "tdnf"), Set.of("install"),
            Set.of("-c", "--config", "--installroot", "--releasever", "--setopt", "--enablerepo", "--disablerepo",
                    "-x", "--exclude", "--repo", "--repoid", "--repofrompath", "--forcearch", "-d", "--debuglevel",
                    "-e", "--errorlevel", "--downloaddir", "--destdir", "--rpmverbosity"));
    static final Manager ZYPPER = new Manager(Set.of("zypper"), Set.of("install", "in"), Set.of("-r", "--repo",
            "--from", "-t", "--type", "-R", "--root", "--installroot", "-D", "--reposd-dir", "-C", "--cache-dir",
            "--download"));

    /** The install {@code command} runs with {@code manager}, if it is one. */
    static Optional<PackageInstall> of(SimpleCommand command, Manager manager) {
        SimpleCommand c = command.effective();
        if (c.baseName().filter(manager.programs()::contains).isEmpty()) {
            return Optional.empty();
        }
        List<Word> positionals = c.positionals(manager.valueOptions());
        int at = 0;
        // `dnf module install`, `yum group install`: the install subcommand is the second word.
        if (positionals.size() > 1 && (positionals.get(0).is("module") || positionals.get(0).is("group")
                || positionals.get(0).is("groups"))) {
            at = 1;
        }
        if (positionals.size() <= at || positionals.get(at).literal().filter(manager.installs()::contains).isEmpty()) {
            return Optional.empty();
        }
        String display = c.baseName().get() + " " + (at == 1 ? positionals.get(0).value() + " " : "")
                + positionals.get(at).value();
        List<Word> packages = new ArrayList<>();
        for (Word w : positionals.subList(at + 1, positionals.size())) {
            if (!w.hasExpansion() && !w.value().isEmpty()) {
                packages.add(w);
            }
        }
        return Optional.of(new PackageInstall(display, packages));
    }

    boolean isModule() {
        return display.contains(" module ");
    }

    boolean isGroup() {
        return display.contains(" group");
    }

    /** Reports the packages that fail {@code pinned} as one finding per install. */
    static void reportUnpinned(DockerfileContext ctx, Manager manager, Predicate<PackageInstall> applies,
                               BiPredicate<PackageInstall, String> pinned, FindingSink sink) {
        for (RunCommands run : RunsInFile.of(ctx)) {
            for (SimpleCommand command : run.commands()) {
                Optional<PackageInstall> install = of(command, manager).filter(applies);
                if (install.isEmpty()) {
                    continue;
                }
                List<Word> unpinned = install.get().packages().stream()
                        .filter(w -> !pinned.test(install.get(), w.value())).toList();
                if (!unpinned.isEmpty()) {
                    String more = unpinned.size() > 1 ? " and " + (unpinned.size() - 1) + " more" : "";
                    TextRange range = unpinned.get(0).range().cover(unpinned.get(unpinned.size() - 1).range());
                    sink.report(range, "`" + unpinned.get(0).value() + "`" + more + " without a version in `"
                            + install.get().display() + "`");
                }
            }
        }
    }
}
