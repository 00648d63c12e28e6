package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Mount;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.Assignment;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pip install} in a shipped stage that leaves pip's wheel cache in the layer: no
 * {@code --no-cache-dir}, no true {@code PIP_NO_CACHE_DIR}, no cache or tmpfs mount over the
 * cache directory, and no removal of the cache later in the same RUN.
 */
@RuleInfo(code = "DF014", name = "pip-no-cache-dir", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.WARNING,
        summary = "`pip install` leaves its download cache in the image layer.",
        fix = "Add `--no-cache-dir`, set `PIP_NO_CACHE_DIR=1`, or cache-mount /root/.cache/pip.",
        aliases = {"DL3042"})
public final class PipNoCacheDir implements DockerfileRule, RunCleanup.Cleaner {
    private static final Set<String> TRUE = Set.of("1", "true", "yes", "on");
    // pip install options that take a value, so their value is not read as the subcommand.
    private static final Set<String> VALUE_OPTIONS = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
            "--editable", "-t", "--target", "--platform", "--python-version", "--implementation", "--abi", "--root",
            "--prefix", "--src", "--upgrade-strategy", "-i", "--index-url", "--extra-index-url", "-f",
            "--find-links", "--global-option", "-C", "--config-settings", "--cache-dir", "--log", "--proxy",
            "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert",
            "--progress-bar", "--python", "--report", "--only-binary", "--no-binary");
    // Wrappers with their own environments and caches (pipx, pipenv) and uv, whose cache is
    // configured differently (`--no-cache`, UV_NO_CACHE): not pip's cache.
    private static final Set<String> OTHER_TOOLS = Set.of("pipx", "pipenv", "uv");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        // Only shipped stages: a builder's cache is dropped with the stage.
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (instruction instanceof RunInstruction run) {
                checkRun(ctx, run, sink);
            }
        }
    }

    private void checkRun(DockerfileContext ctx, RunInstruction run, FindingSink sink) {
        Map<String, Variable> env = ctx.model().variablesAt(run);
        RunCommands commands = RunCommands.of(ctx.model(), run);
        List<Assignment> exported = new ArrayList<>();
        for (SimpleCommand command : commands.commands()) {
            exported.addAll(command.declarations());
            if (command.words().isEmpty()) {
                exported.addAll(command.assignments());
            }
        }
        for (SimpleCommand command : commands.commands()) {
            SimpleCommand pip = command.effective();
            if (!ProgramNames.runsPip(pip) || OTHER_TOOLS.contains(command.baseName().orElse(""))) {
                continue;
            }
            if (!pip.hasSubcommand(VALUE_OPTIONS, "install") || pip.hasFlag(VALUE_OPTIONS, "--no-cache-dir")) {
                continue;
            }
            List<Assignment> visible = new ArrayList<>(exported);
            visible.addAll(pip.assignments());
            Optional<String> noCache = value("PIP_NO_CACHE_DIR", visible, env);
            if (noCache.isPresent() && TRUE.contains(noCache.get().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> cacheDirs = cacheDirs(pip, visible, env);
            if (cacheMounted(commands, cacheDirs)) {
                continue;
            }
            // Deleted later in the same RUN (`rm -rf /root/.cache/pip`, `pip cache purge`): the
            // cache never reaches the layer.
            List<String> removable = new ArrayList<>(cacheDirs);
            removable.add("~/.cache/pip");
            if (RunCleanup.cleaned(commands, command, this, removable)) {
                continue;
            }
            sink.report(pip.nameRange().cover(pip.subcommand(VALUE_OPTIONS).get().range()),
                    "`" + pip.baseName().orElse("pip") + " install` without `--no-cache-dir`");
        }
    }

    /** Where this pip command keeps its cache: the default for root and what options and variables say. */
    private static List<String> cacheDirs(SimpleCommand pip, List<Assignment> visible, Map<String, Variable> env) {
        List<String> cacheDirs = new ArrayList<>(List.of("/root/.cache/pip"));
        Optional<Word> option = pip.flagValue(VALUE_OPTIONS, "--cache-dir");
        if (option.isPresent()) {
            cacheDirs.add(option.get().value());
        }
        addUnder(cacheDirs, value("PIP_CACHE_DIR", visible, env), "");
        addUnder(cacheDirs, value("XDG_CACHE_HOME", visible, env), "/pip");
        addUnder(cacheDirs, value("HOME", visible, env), "/.cache/pip");
        return cacheDirs;
    }

    private static void addUnder(List<String> cacheDirs, Optional<String> base, String subdirectory) {
        if (base.isPresent()) {
            cacheDirs.add(base.get() + subdirectory);
        }
    }

    private static boolean cacheMounted(RunCommands commands, List<String> cacheDirs) {
        for (String dir : cacheDirs) {
            if (commands.mountCovers(RunCommands.trimSlashes(dir))) {
                return true;
            }
        }
        for (Mount mount : commands.run().mounts()) {
            if (!mount.isCache()) {
                continue;
            }
            Optional<String> target = commands.target(mount);
            if (target.isPresent()) {
                String t = RunCommands.trimSlashes(target.get());
                if (t.endsWith("/.cache/pip") || t.endsWith("/.cache")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code pip cache purge} (also {@code pip3}, {@code python -m pip}): empties the cache. */
    @Override
    public boolean cleans(SimpleCommand command) {
        SimpleCommand pip = command.effective();
        return ProgramNames.runsPip(pip) && pip.hasSubcommand(VALUE_OPTIONS, "cache") && hasPositional(pip, "purge");
    }

    private static boolean hasPositional(SimpleCommand pip, String name) {
        for (Word w : pip.positionals(VALUE_OPTIONS)) {
            if (w.is(name)) {
                return true;
            }
        }
        return false;
    }

    /** A variable's value: a shell assignment in the RUN wins over the Dockerfile scope. */
    private static Optional<String> value(String name, List<Assignment> assignments, Map<String, Variable> env) {
        for (int i = assignments.size() - 1; i >= 0; i--) {
            if (assignments.get(i).name().equals(name)) {
                return Optional.of(assignments.get(i).value().value());
            }
        }
        Variable v = env.get(name);
        return v == null ? Optional.empty() : v.value();
    }
}
