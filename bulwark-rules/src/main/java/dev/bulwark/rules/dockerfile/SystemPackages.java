package dev.bulwark.rules.dockerfile;

import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The system packages a RUN installs with apt-get/apt, apk, yum/dnf/microdnf or zypper, by name
 * (version and architecture suffixes removed), each with the word that names it.
 */
final class SystemPackages {
    /** One package named on an install command line. */
    record Installed(String name, Word word, SimpleCommand command) {
    }

    // The subcommands that install, per package manager.
    private static final Map<String, Set<String>> INSTALL_SUBCOMMANDS = Map.of(
            "apt-get", Set.of("install"),
            "apt", Set.of("install"),
            "aptitude", Set.of("install"),
            "apk", Set.of("add"),
            "yum", Set.of("install"),
            "dnf", Set.of("install"),
            "microdnf", Set.of("install"),
            "tdnf", Set.of("install"),
            "zypper", Set.of("install", "in"));
    // Options of those managers that take a value, so the value is not read as a package.
    private static final Set<String> VALUE_OPTIONS = Set.of("-o", "--option", "-c", "--config-file", "-t",
            "--target-release", "--default-release", "-a", "--host-architecture", "--virtual", "-X", "--repository",
            "-p", "--root", "--arch", "--keys-dir", "--cache-dir", "--enablerepo", "--disablerepo", "--installroot",
            "--releasever", "--setopt", "-r", "--repo");

    private SystemPackages() {
    }

    /** Every package the RUN installs, in order. */
    static List<Installed> of(RunCommands run) {
        List<Installed> out = new ArrayList<>();
        for (SimpleCommand command : run.commands()) {
            out.addAll(of(command));
        }
        return out;
    }

    /** The packages one command installs; empty when it is not an install command. */
    static List<Installed> of(SimpleCommand command) {
        SimpleCommand c = command.effective();
        Optional<String> program = c.baseName();
        if (program.isEmpty() || !INSTALL_SUBCOMMANDS.containsKey(program.get())) {
            return List.of();
        }
        List<Word> positionals = c.positionals(VALUE_OPTIONS);
        if (positionals.isEmpty() || !positionals.get(0).literal().filter(INSTALL_SUBCOMMANDS.get(program.get())::contains)
                .isPresent()) {
            return List.of();
        }
        List<Installed> out = new ArrayList<>();
        for (Word w : positionals.subList(1, positionals.size())) {
            packageName(w.value()).ifPresent(name -> out.add(new Installed(name, w, command)));
        }
        return out;
    }

    // `curl=7.88.1-10`, `curl>8`, `curl:amd64`, `curl-7.61.1` (rpm) keep their name part; a path
    // or URL (`./x.deb`) is not a package name.
    private static Optional<String> packageName(String word) {
        if (word.isEmpty() || word.contains("/") || word.startsWith("$")) {
            return Optional.empty();
        }
        int end = word.length();
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch == '=' || ch == '<' || ch == '>' || ch == ':' || ch == '~') {
                end = i;
                break;
            }
        }
        return end == 0 ? Optional.empty() : Optional.of(word.substring(0, end));
    }
}
