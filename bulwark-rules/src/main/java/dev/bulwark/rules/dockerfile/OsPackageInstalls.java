package dev.bulwark.rules.dockerfile;

import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Operating-system package manager commands that install or remove packages ({@code apt-get},
 * {@code apt}, {@code apk}, {@code yum}, {@code dnf}, {@code microdnf}, {@code tdnf},
 * {@code zypper}), with the package words as written and their bare names (version, release and
 * architecture suffixes removed).
 */
final class OsPackageInstalls {

    /** One package word: {@code name} is the bare package name, lower-cased. */
    record Package(Word word, String name) {
    }

    /**
     * A package manager command. {@code group} is apk's {@code --virtual} name, under which the
     * packages can be removed together.
     */
    record PackageCommand(SimpleCommand command, boolean installs, List<Package> packages, Optional<String> group) {
    }

    private static final Set<String> APK_VALUES = Set.of("-t", "--virtual", "-X", "--repository", "-p", "--root",
            "--arch", "--cache-dir", "--keys-dir", "--repositories-file", "--cache-max-age");
    private static final Set<String> RPM_VALUES = Set.of("-c", "--config", "--setopt", "--enablerepo",
            "--disablerepo", "--installroot", "--releasever", "-x", "--exclude", "--repo", "--repoid", "-d",
            "--debuglevel", "-e", "--errorlevel", "--rpmverbosity", "--forcearch");
    private static final Set<String> ZYPPER_VALUES = Set.of("-t", "--type", "-r", "--repo", "--from", "-n");
    private static final Set<String> RPM_TOOLS = Set.of("yum", "dnf", "microdnf", "tdnf", "dnf5");

    private OsPackageInstalls() {
    }

    /** The package command {@code command} runs (behind sudo and friends), if it is one. */
    static Optional<PackageCommand> of(SimpleCommand command) {
        SimpleCommand c = command.effective();
        Optional<String> program = c.baseName();
        if (program.isEmpty()) {
            return Optional.empty();
        }
        String p = program.get();
        if (p.equals("apt-get") || p.equals("apt") || p.equals("aptitude")) {
            return sub(c, AptCommand.VALUE_OPTIONS, Set.of("install", "reinstall"), Set.of("remove", "purge", "autoremove"),
                    Optional.empty());
        }
        if (p.equals("apk")) {
            Optional<String> group = c.flagValue(APK_VALUES, "-t", "--virtual").map(Word::value);
            return sub(c, APK_VALUES, Set.of("add"), Set.of("del"), group);
        }
        if (RPM_TOOLS.contains(p)) {
            return sub(c, RPM_VALUES, Set.of("install", "groupinstall"), Set.of("remove", "erase", "autoremove"),
                    Optional.empty());
        }
        if (p.equals("zypper")) {
            return sub(c, ZYPPER_VALUES, Set.of("install", "in"), Set.of("remove", "rm"), Optional.empty());
        }
        return Optional.empty();
    }

    private static Optional<PackageCommand> sub(SimpleCommand c, Set<String> values, Set<String> install,
                                                Set<String> remove, Optional<String> group) {
        List<Word> positionals = c.positionals(values);
        if (positionals.isEmpty()) {
            return Optional.empty();
        }
        String verb = positionals.get(0).value();
        int first = 1;
        // `dnf group install "Development Tools"`
        if (verb.equals("group") && positionals.size() > 1) {
            verb = "group" + positionals.get(1).value();
            first = 2;
        }
        boolean installs = install.contains(verb) || verb.equals("groupinstall");
        if (!installs && !remove.contains(verb) && !verb.equals("groupremove")) {
            return Optional.empty();
        }
        List<Package> packages = new ArrayList<>();
        for (Word w : positionals.subList(first, positionals.size())) {
            packages.add(new Package(w, bareName(w.value())));
        }
        return Optional.of(new PackageCommand(c, installs, packages, group));
    }

    /** {@code gcc=4:12.2.0-3} gives {@code gcc}; {@code libc6-dev:amd64}, {@code git/bookworm}, {@code gcc>=12} likewise. */
    static String bareName(String word) {
        String name = word.toLowerCase(Locale.ROOT);
        int cut = name.length();
        for (char stop : new char[] {'=', ':', '/', '<', '>', '~'}) {
            int i = name.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return name.substring(0, cut);
    }
}
