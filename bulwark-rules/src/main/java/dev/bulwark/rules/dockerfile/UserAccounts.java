package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.shell.Redirection;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user accounts an image has: those of its base distribution and those its stage chain
 * creates with {@code useradd}/{@code adduser}. {@code complete} is false when the chain may
 * create accounts in ways that cannot be read (a user name from an unknown variable, an edit of
 * {@code /etc/passwd}, a copied script run, an unknown base image).
 */
record UserAccounts(Set<String> names, Set<String> installedPackages, boolean complete) {
    // Distribution and language images whose account list is known: their users are the
    // distribution's system accounts (below), plus `node` and `ubuntu` where the image adds them.
    private static final Set<String> KNOWN_BASES = Set.of("debian", "ubuntu", "alpine", "python", "node", "ruby",
            "golang", "openjdk", "eclipse-temurin", "amazoncorretto", "centos", "fedora", "rockylinux", "almalinux",
            "amazonlinux", "buildpack-deps", "nvidia/cuda", "busybox", "pytorch/pytorch", "r-base", "rust",
            "continuumio/miniconda3", "continuumio/anaconda3");
    // Accounts of base-passwd (Debian/Ubuntu), Alpine's baselayout and RHEL's setup package.
    private static final Set<String> SYSTEM_USERS = Set.of("root", "daemon", "bin", "sys", "sync", "games", "man",
            "lp", "mail", "news", "uucp", "proxy", "www-data", "backup", "list", "irc", "gnats", "nobody", "_apt",
            "ubuntu", "node", "adm", "shutdown", "halt", "operator", "postmaster", "cron", "ftp", "sshd", "at",
            "squid", "xfs", "cyrus", "vpopmail", "ntp", "smmsp", "guest", "nfsnobody", "dbus", "messagebus",
            "systemd-network", "systemd-resolve", "systemd-timesync", "tss");
    // adduser (Debian and BusyBox) options that take a value.
    private static final Set<String> ADDUSER_VALUES = Set.of("--home", "--shell", "--uid", "--gid", "--ingroup",
            "--gecos", "--firstuid", "--lastuid", "--firstgid", "--lastgid", "--conf", "--comment", "-h", "-g", "-s",
            "-G", "-u", "-k");

    /** The accounts the stage chain creates, sorted: the names beyond the distribution's system accounts. */
    List<String> created() {
        List<String> created = new ArrayList<>();
        for (String name : names) {
            if (!SYSTEM_USERS.contains(name)) {
                created.add(name);
            }
        }
        created.sort(null);
        return created;
    }

    /** The accounts of {@code stage}'s image. */
    static UserAccounts of(DockerfileModel model, Stage stage) {
        boolean complete = isKnownBase(stage);
        Set<String> names = new HashSet<>(SYSTEM_USERS);
        Set<String> packages = new HashSet<>();
        for (Instruction instruction : StageChain.of(stage).instructions()) {
            if (instruction instanceof RunInstruction run) {
                RunCommands commands = RunCommands.of(model, run);
                if (model.script(run).isEmpty() && commands.commands().isEmpty()) {
                    complete = false;
                }
                for (PackageManagerCommand install : PackageManagerCommand.in(commands)) {
                    for (PackageManagerCommand.Package p : install.installedPackages()) {
                        packages.add(p.name());
                    }
                }
                for (SimpleCommand command : commands.commands()) {
                    SimpleCommand c = command.effective();
                    if (c.is("useradd", "adduser")) {
                        Optional<String> name = createdName(model, run, c);
                        if (name.isPresent()) {
                            names.add(name.get());
                        } else {
                            complete = false;
                        }
                    } else if (touchesPasswd(c) || runsLocalScript(c)) {
                        complete = false;
                    }
                }
            } else if (instruction instanceof CopyInstruction || instruction instanceof AddInstruction) {
                Optional<dev.bulwark.dockerfile.syntax.Word> destination = instruction instanceof CopyInstruction copy
                        ? copy.destination() : ((AddInstruction) instruction).destination();
                if (destination.isPresent() && destination.get().text().startsWith("/etc")) {
                    complete = false;
                }
            }
        }
        return new UserAccounts(Set.copyOf(names), Set.copyOf(packages), complete);
    }

    /** Whether {@code user} exists, or may: an account a package of the same name creates counts. */
    boolean mayHave(String user) {
        if (names.contains(user)) {
            return true;
        }
        for (String p : installedPackages) {
            if (p.contains(user)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKnownBase(Stage stage) {
        return stage.rootBase() instanceof ImageBase base && base.ref() instanceof ImageName image
                && KNOWN_BASES.contains(image.familiarName());
    }

    private static Optional<String> createdName(DockerfileModel model, RunInstruction run, SimpleCommand c) {
        Set<String> values = c.is("useradd") ? UseraddLargeUid.USERADD_VALUES : ADDUSER_VALUES;
        List<Word> positionals = c.positionals(values);
        if (positionals.isEmpty()) {
            return Optional.empty();
        }
        Word name = positionals.get(0);
        if (!name.hasExpansion()) {
            return Optional.of(name.value());
        }
        Expansion e = model.expand(run, name.raw());
        return e.isOk() && e.undefined().isEmpty() ? Optional.of(e.text()) : Optional.empty();
    }

    private static boolean touchesPasswd(SimpleCommand c) {
        for (Word w : c.arguments()) {
            if (w.value().contains("/etc/passwd")) {
                return true;
            }
        }
        for (Redirection r : c.redirections()) {
            if (r.target() != null && r.target().value().contains("/etc/passwd")) {
                return true;
            }
        }
        return false;
    }

    // `./setup.sh`, `/opt/install.sh`, `bash setup.sh`: a script of the project may create users.
    private static boolean runsLocalScript(SimpleCommand c) {
        Optional<Word> nameWord = c.nameWord();
        String name = nameWord.isPresent() ? nameWord.get().value() : "";
        if (name.endsWith(".sh") || name.startsWith("./") || (name.contains("/") && !name.startsWith("/usr/")
                && !name.startsWith("/bin/") && !name.startsWith("/sbin/"))) {
            return true;
        }
        if (c.is("sh", "bash", "dash", "ash", "zsh")) {
            for (Word w : c.positionals(Set.of())) {
                if (!w.value().startsWith("-")) {
                    return true;
                }
            }
        }
        return false;
    }
}
