package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An operating-system package manager command ({@code apt-get}, {@code apt}, {@code aptitude},
 * {@code apk}, {@code yum}, {@code dnf}, {@code microdnf}, {@code tdnf}, {@code dnf5},
 * {@code zypper}) behind sudo, env and the like: the one reading of these command lines that the
 * package rules share.
 *
 * @param command     the command as written
 * @param effective   the command with its wrappers removed
 * @param manager     the family whose options and subcommands the program has
 * @param program     the program's base name
 * @param subcommand  the first positional word, with aliases resolved ({@code zypper in} is {@code install})
 * @param positionals the words that are neither options nor option values; the first is the subcommand
 */
record PackageManagerCommand(SimpleCommand command, SimpleCommand effective, Manager manager, String program,
                             String subcommand, List<Word> positionals) {

    /** A package manager family: its programs, the options that take a value, what installs and removes. */
    enum Manager {
        // apt-get(8).
        APT(Set.of("apt-get", "apt", "aptitude"), Set.of("-o", "--option", "-c", "--config-file", "-t",
                "--target-release", "--default-release", "-a", "--host-architecture"),
                Set.of("install"), Set.of("remove", "purge", "autoremove")),
        // apk(8).
        APK(Set.of("apk"), Set.of("-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--cache-dir",
                "--keys-dir", "--repositories-file", "--cache-max-age", "--wait", "--timeout"),
                Set.of("add"), Set.of("del")),
        // yum(8), dnf(8): `group install` and `module install` name the subcommand in the second word.
        RPM(Set.of("yum", "dnf", "microdnf", "tdnf", "dnf5"), Set.of("-c", "--config", "-d", "--debuglevel", "-e",
                "--errorlevel", "--installroot", "--enablerepo", "--disablerepo", "--repo", "--repoid", "-x",
                "--exclude", "--setopt", "--releasever", "--color", "--downloaddir", "--destdir", "-R",
                "--randomwait", "--rpmverbosity", "--forcearch", "--repofrompath"),
                Set.of("install", "groupinstall"), Set.of("remove", "erase", "autoremove", "groupremove")),
        // zypper(8).
        ZYPPER(Set.of("zypper"), Set.of("-R", "--root", "--installroot", "-c", "--config", "-D", "--reposd-dir",
                "-C", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "--userdata", "-r",
                "--repo", "--from", "-t", "--type", "--download"),
                Set.of("install"), Set.of("remove"));

        private final Set<String> programs;
        private final Set<String> valueOptions;
        private final Set<String> installs;
        private final Set<String> removes;

        Manager(Set<String> programs, Set<String> valueOptions, Set<String> installs, Set<String> removes) {
            this.programs = programs;
            this.valueOptions = valueOptions;
            this.installs = installs;
            this.removes = removes;
        }

        /** The options that take a value, so that value is read neither as a flag nor as a positional. */
        Set<String> valueOptions() {
            return valueOptions;
        }

        static Optional<Manager> of(String program) {
            for (Manager m : values()) {
                if (m.programs.contains(program)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** One package word: {@code name} is the bare package name, lower-cased. */
    record Package(Word word, String name) {
        /** Whether the word's value is known: no expansion, not empty. */
        boolean isKnown() {
            return !word.hasExpansion() && !word.value().isEmpty();
        }

        /** Whether the word names a package of the repositories, not a file, a URL or a variable. */
        boolean isRepositoryName() {
            String v = word.value();
            return isKnown() && v.indexOf('/') < 0 && VERSION_STOPS.indexOf(v.charAt(0)) < 0;
        }
    }

    // Where a version, release or architecture suffix starts: `gcc=4:12.2.0-3`, `curl>8`,
    // `libc6-dev:amd64`, `git/bookworm`, `wget~1.21`.
    private static final String VERSION_STOPS = "=:/<>~";
    private static final Map<String, String> ZYPPER_ALIASES = Map.of("in", "install", "rm", "remove", "up", "update",
            "dup", "dist-upgrade", "si", "source-install", "cc", "clean", "inr", "install-new-recommends");
    private static final Map<String, String> DNF_ALIASES = Map.of("in", "install", "rm", "remove", "up", "upgrade",
            "rei", "reinstall", "erase", "remove", "update", "upgrade", "dsync", "distro-sync", "up-min", "upgrade-minimal");
    // apt and aptitude subcommands that read the package lists `update` fetched.
    private static final Set<String> APT_LIST_READERS = Set.of("install", "reinstall", "build-dep", "upgrade",
            "dist-upgrade", "full-upgrade", "safe-upgrade", "source", "download");
    private static final Set<String> SUBCOMMAND_GROUPS = Set.of("module", "group", "groups");

    PackageManagerCommand {
        positionals = List.copyOf(positionals);
    }

    /** The package manager command {@code command} runs, if it is one with a literal subcommand. */
    static Optional<PackageManagerCommand> of(SimpleCommand command) {
        SimpleCommand effective = command.effective();
        Optional<String> program = effective.baseName();
        Optional<Manager> manager = program.isPresent() ? Manager.of(program.get()) : Optional.empty();
        if (manager.isEmpty()) {
            return Optional.empty();
        }
        List<Word> positionals = effective.positionals(manager.get().valueOptions());
        if (positionals.isEmpty() || positionals.get(0).literal().isEmpty()) {
            return Optional.empty();
        }
        String subcommand = resolve(program.get(), positionals.get(0).literal().get());
        return Optional.of(new PackageManagerCommand(command, effective, manager.get(), program.get(), subcommand,
                positionals));
    }

    /** Every package manager command of the RUN, in order. */
    static List<PackageManagerCommand> in(RunCommands run) {
        List<PackageManagerCommand> out = new ArrayList<>();
        for (SimpleCommand command : run.commands()) {
            Optional<PackageManagerCommand> c = of(command);
            if (c.isPresent()) {
                out.add(c.get());
            }
        }
        return out;
    }

    private static String resolve(String program, String word) {
        return switch (program) {
            case "zypper" -> ZYPPER_ALIASES.getOrDefault(word, word);
            case "dnf", "dnf5", "microdnf", "tdnf" -> DNF_ALIASES.getOrDefault(word, word);
            default -> word;
        };
    }

    /** {@code apt-get} or {@code apt}, the programs the apt rules know ({@code aptitude} has its own options). */
    boolean isApt() {
        return program.equals("apt-get") || program.equals("apt");
    }

    /**
     * {@code apt-get}, {@code apt} or {@code aptitude}: whatever their options, they fetch and read
     * the same package lists in {@code /var/lib/apt/lists}.
     */
    boolean sharesAptLists() {
        return manager == Manager.APT;
    }

    /** Whether it reads the package lists {@code apt-get update} (or {@code aptitude update}) fetched. */
    boolean usesAptLists() {
        return sharesAptLists() && APT_LIST_READERS.contains(subcommand);
    }

    /** The words after the subcommand. */
    List<Word> operands() {
        return positionals.subList(1, positionals.size());
    }

    /** The program name and the subcommand, for findings. */
    TextRange range() {
        return effective.nameRange().cover(positionals.get(0).range());
    }

    /** The command as written in messages: {@code apt-get install}, {@code dnf module install}. */
    String display() {
        StringBuilder out = new StringBuilder(program);
        for (Word w : positionals.subList(0, verbAt() + 1)) {
            out.append(' ').append(w.value());
        }
        return out.toString();
    }

    /** Whether it installs packages ({@code apt-get install}, {@code apk add}, {@code dnf group install}, …). */
    boolean installs() {
        return manager.installs.contains(verb());
    }

    /** Whether it removes packages ({@code apt-get purge}, {@code apk del}, {@code zypper rm}, …). */
    boolean removes() {
        return manager.removes.contains(verb());
    }

    /** {@code dnf module install}: the packages are module streams. */
    boolean isModule() {
        return verbAt() == 1 && positionals.get(0).is("module");
    }

    /** {@code yum groupinstall}, {@code dnf group install}: the packages are group names. */
    boolean isGroup() {
        return verbAt() == 1 ? !isModule() : subcommand.equals("groupinstall") || subcommand.equals("groupremove");
    }

    /** The package words after the install or remove subcommand, as written. */
    List<Package> packages() {
        List<Package> out = new ArrayList<>();
        for (Word w : positionals.subList(verbAt() + 1, positionals.size())) {
            out.add(new Package(w, bareName(w.value())));
        }
        return out;
    }

    /** The packages it installs by name from the repositories; empty when it does not install. */
    List<Package> installedPackages() {
        if (!installs()) {
            return List.of();
        }
        List<Package> out = new ArrayList<>();
        for (Package p : packages()) {
            if (p.isRepositoryName()) {
                out.add(p);
            }
        }
        return out;
    }

    /** apk's {@code --virtual} name, under which the installed packages can be removed together. */
    Optional<String> group() {
        if (manager != Manager.APK) {
            return Optional.empty();
        }
        Optional<Word> virtual = effective.flagValue(manager.valueOptions(), "-t", "--virtual");
        return virtual.isPresent() ? Optional.of(virtual.get().value()) : Optional.empty();
    }

    boolean hasFlag(String... forms) {
        return effective.hasFlag(manager.valueOptions(), forms);
    }

    List<Word> flagValues(String... forms) {
        return effective.flagValues(manager.valueOptions(), forms);
    }

    /** The value of apt's {@code -o Key=value} option whose key is {@code key} (case-insensitive). */
    Optional<String> option(String key) {
        for (Word w : flagValues("-o", "--option")) {
            String v = w.value();
            int eq = v.indexOf('=');
            if (eq > 0 && v.substring(0, eq).equalsIgnoreCase(key)) {
                return Optional.of(v.substring(eq + 1));
            }
        }
        return Optional.empty();
    }

    // Where the install/remove subcommand is: 1 after yum/dnf's `module` or `group`, 0 otherwise.
    private int verbAt() {
        return manager == Manager.RPM && positionals.size() > 1
                && SUBCOMMAND_GROUPS.contains(positionals.get(0).literal().orElse("")) ? 1 : 0;
    }

    private String verb() {
        if (verbAt() == 0) {
            return subcommand;
        }
        Optional<String> second = positionals.get(1).literal();
        return second.isPresent() ? resolve(program, second.get()) : "";
    }

    /** {@code gcc=4:12.2.0-3} gives {@code gcc}; {@code libc6-dev:amd64}, {@code git/bookworm}, {@code gcc>=12} likewise. */
    static String bareName(String word) {
        String name = word.toLowerCase(Locale.ROOT);
        int cut = name.length();
        for (char stop : VERSION_STOPS.toCharArray()) {
            int i = name.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return name.substring(0, cut);
    }
}
