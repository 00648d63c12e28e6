package dev.bulwark.rules.dockerfile;

import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code pip install}, {@code pip download} or {@code pip wheel} (also {@code pip3},
 * {@code python -m pip}, {@code python${VER} -m pip}, {@code uv pip}, behind sudo or env) with the
 * words that name what it installs, read as pip reads them: pip's optparse accepts any
 * unambiguous prefix of a long option, so {@code --no-cache} is {@code --no-cache-dir} and
 * {@code --req} {@code --requirement}; {@code effective} has them spelled out. {@code uv} is true
 * for {@code uv pip}, whose index and resolution rules differ, and whose options are exact.
 */
record PipCommand(SimpleCommand original, SimpleCommand effective, Word subcommand, boolean uv) {
    // pip install options that take a value (pip's `install`, `download`, `wheel` and general options).
    static final Set<String> VALUE_OPTIONS = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
            "--editable", "-t", "--target", "--platform", "--python-version", "--implementation", "--abi", "--root",
            "--prefix", "--src", "--upgrade-strategy", "-i", "--index-url", "--extra-index-url", "-f",
            "--find-links", "--global-option", "-C", "--config-settings", "--cache-dir", "--log", "--proxy",
            "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert",
            "--progress-bar", "--python", "--report", "--only-binary", "--no-binary", "-d", "--dest", "-w",
            "--wheel-dir", "--build-option", "--install-option", "--index-strategy", "--resolution",
            "--keyring-provider", "--allow-insecure-host", "-p", "--extra", "--group", "--override",
            "--exclude-newer", "--python-platform", "--config-file", "--prerelease", "--link-mode");
    private static final Set<String> SUBCOMMANDS = Set.of("install", "download", "wheel");
    // pip's long options (general, install, download and wheel), against which it resolves prefixes.
    private static final Set<String> LONG_OPTIONS = Set.of("--help", "--debug", "--isolated",
            "--require-virtualenv", "--python", "--verbose", "--version", "--quiet", "--log", "--no-input",
            "--keyring-provider", "--proxy", "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert",
            "--client-cert", "--cache-dir", "--no-cache-dir", "--disable-pip-version-check", "--no-color",
            "--no-python-version-warning", "--use-feature", "--use-deprecated", "--resume-retries",
            "--requirement", "--constraint", "--no-deps", "--pre", "--editable", "--dry-run", "--target",
            "--platform", "--python-version", "--implementation", "--abi", "--user", "--root", "--prefix", "--src",
            "--upgrade", "--upgrade-strategy", "--force-reinstall", "--ignore-installed", "--ignore-requires-python",
            "--no-build-isolation", "--use-pep517", "--no-use-pep517", "--check-build-dependencies",
            "--break-system-packages", "--config-settings", "--global-option", "--compile", "--no-compile",
            "--no-warn-script-location", "--no-warn-conflicts", "--no-binary", "--only-binary", "--prefer-binary",
            "--require-hashes", "--progress-bar", "--root-user-action", "--report", "--group", "--index-url",
            "--extra-index-url", "--no-index", "--find-links", "--dest", "--wheel-dir", "--build-option",
            "--no-clean", "--no-verify");

    /** The pip command behind {@code command}, when it installs, downloads or builds wheels. */
    static Optional<PipCommand> of(SimpleCommand command) {
        SimpleCommand pip = command.effective();
        // pipx and pipenv manage their own environments and lock files.
        if (!ProgramNames.runsPip(pip) || command.is("pipx", "pipenv")) {
            return Optional.empty();
        }
        Optional<Word> sub = pip.subcommand(VALUE_OPTIONS);
        if (sub.isEmpty() || !SUBCOMMANDS.contains(sub.get().literal().orElse(""))) {
            return Optional.empty();
        }
        boolean uv = command.is("uv");
        SimpleCommand read = uv ? pip : pip.withLongOptions(LONG_OPTIONS);
        return Optional.of(new PipCommand(command, read, read.subcommand(VALUE_OPTIONS).orElseThrow(), uv));
    }

    boolean isInstall() {
        return subcommand.is("install");
    }

    /** The positional words after the subcommand: requirement specifiers, paths, URLs. */
    List<Word> targets() {
        List<Word> positionals = effective.positionals(VALUE_OPTIONS);
        // By identity: the subcommand is one of these very words, and a record's structural equals
        // is linked at its first call, a cold-start cost (bench/README.md, "Start-up").
        for (int at = 0; at < positionals.size(); at++) {
            if (positionals.get(at) == subcommand) {
                return positionals.subList(at + 1, positionals.size());
            }
        }
        return List.of();
    }

    boolean hasFlag(String... forms) {
        return effective.hasFlag(VALUE_OPTIONS, forms);
    }

    List<Word> flagValues(String... forms) {
        return effective.flagValues(VALUE_OPTIONS, forms);
    }

    /** {@code pip install} as written in messages ({@code pip3 install}, {@code uv pip install}). */
    String display() {
        return (uv ? "uv " : "") + effective.baseName().orElse("pip") + " " + subcommand.value();
    }
}
