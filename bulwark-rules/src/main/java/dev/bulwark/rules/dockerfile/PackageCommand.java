package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An invocation of a non-apt OS package manager ({@code apk}, {@code yum}, {@code dnf},
 * {@code microdnf}, {@code zypper}) behind sudo, env and the like, with its subcommand and the
 * words after it. Subcommand aliases are resolved ({@code zypper in} is {@code install}).
 */
record PackageCommand(SimpleCommand command, SimpleCommand effective, String program, String subcommand,
                      List<Word> operands, TextRange range) {
    // Options taking a separate value, per program, so the value is not read as the subcommand.
    private static final Set<String> RPM_VALUES = Set.of("-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel",
            "--installroot", "--enablerepo", "--disablerepo", "--repo", "--repoid", "-x", "--exclude", "--setopt",
            "--releasever", "--color", "--downloaddir", "--destdir", "-R", "--randomwait", "--rpmverbosity",
            "--forcearch", "--repofrompath", "--nobest");
    private static final Set<String> ZYPPER_VALUES = Set.of("-R", "--root", "-c", "--config", "-D", "--reposd-dir",
            "-C", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "--userdata", "-r",
            "--repo", "--from", "-t", "--type");
    private static final Set<String> APK_VALUES = Set.of("-X", "--repository", "-p", "--root", "-t", "--virtual",
            "--arch", "--cache-dir", "--keys-dir", "--repositories-file", "--wait", "--timeout");
    private static final Map<String, String> ZYPPER_ALIASES = Map.of("in", "install", "rm", "remove", "up", "update",
            "dup", "dist-upgrade", "si", "source-install", "cc", "clean", "inr", "install-new-recommends");
    private static final Map<String, String> DNF_ALIASES = Map.of("in", "install", "rm", "remove", "up", "upgrade",
            "rei", "reinstall", "erase", "remove", "update", "upgrade", "dsync", "distro-sync");

    static final Set<String> RPM_FAMILY = Set.of("yum", "dnf", "microdnf");

    static Optional<PackageCommand> of(SimpleCommand command) {
        SimpleCommand c = command.effective();
        Optional<String> name = c.baseName();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String program = name.get();
        Set<String> values = switch (program) {
            case "yum", "dnf", "microdnf" -> RPM_VALUES;
            case "zypper" -> ZYPPER_VALUES;
            case "apk" -> APK_VALUES;
            default -> null;
        };
        if (values == null) {
            return Optional.empty();
        }
        List<Word> positionals = c.positionals(values);
        if (positionals.isEmpty() || positionals.get(0).literal().isEmpty()) {
            return Optional.empty();
        }
        String sub = positionals.get(0).literal().get();
        if (program.equals("zypper")) {
            sub = ZYPPER_ALIASES.getOrDefault(sub, sub);
        } else if (program.equals("dnf") || program.equals("microdnf")) {
            sub = DNF_ALIASES.getOrDefault(sub, sub);
        }
        TextRange range = c.nameRange().cover(positionals.get(0).range());
        return Optional.of(new PackageCommand(command, c, program, sub, positionals.subList(1, positionals.size()),
                range));
    }

    /** The value options of this program, for {@code hasFlag}. */
    Set<String> valueOptions() {
        return switch (program) {
            case "zypper" -> ZYPPER_VALUES;
            case "apk" -> APK_VALUES;
            default -> RPM_VALUES;
        };
    }

    boolean hasFlag(String... forms) {
        return effective.hasFlag(valueOptions(), forms);
    }

    boolean isRpmFamily() {
        return RPM_FAMILY.contains(program);
    }

    /** The command as written in messages: {@code yum install}. */
    String display() {
        return program + " " + effective.positionals(valueOptions()).get(0).value();
    }
}
