package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pip install} in a shipped stage that leaves pip's wheel cache in the layer: no
 * {@code --no-cache-dir}, no {@code PIP_NO_CACHE_DIR} (ENV, a stage ARG, or the command's own
 * assignment; pip disables the cache for {@code false} too), no cache or tmpfs mount over the
 * cache directory, no removal of the cache later in the same RUN, and not only local wheel files
 * whose dependencies pip does not fetch.
 */
@RuleInfo(code = "DF014", name = "pip-no-cache-dir", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.WARNING,
        summary = "`pip install` leaves its download cache in the image layer.",
        fix = "Add `--no-cache-dir`, set `PIP_NO_CACHE_DIR=1`, or cache-mount /root/.cache/pip.",
        aliases = {"DL3042"}, autofix = FixApplicability.SAFE)
public final class PipNoCacheDir implements DockerfileRule, RunCleanup.Cleaner {
    // pip reads the variable with strtobool and, for backward compatibility, disables its cache
    // for a false value too (pip's `_handle_no_cache_dir`): any boolean it accepts turns it off.
    private static final Set<String> BOOLEANS = Set.of("1", "true", "t", "yes", "y", "on", "0", "false", "f", "no",
            "n", "off");

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
        // The RUN's last cleaning command, by the directories asked about (one per pip command's cache settings).
        Map<List<String>, Integer> lastCleaning = new HashMap<>();
        List<SimpleCommand> all = commands.commands();
        for (int index = 0; index < all.size(); index++) {
            SimpleCommand command = all.get(index);
            // pipx and pipenv keep their own environments and caches; uv's cache is configured
            // differently (`--no-cache`, UV_NO_CACHE): not pip's cache.
            Optional<PipCommand> install = PipCommand.of(command);
            if (install.isEmpty() || !install.get().isInstall() || install.get().uv()
                    || install.get().hasFlag("--no-cache-dir")) {
                continue;
            }
            PipCommand pip = install.get();
            if (installsLocalWheelsOnly(pip)) {
                continue;
            }
            List<Assignment> visible = new ArrayList<>(exported);
            visible.addAll(pip.effective().assignments());
            Optional<String> noCache = value("PIP_NO_CACHE_DIR", visible, env);
            if (noCache.isPresent() && BOOLEANS.contains(noCache.get().toLowerCase(Locale.ROOT))) {
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
            Integer last = lastCleaning.get(removable);
            if (last == null) {
                last = RunCleanup.lastCleaning(commands, this, removable);
                lastCleaning.put(removable, last);
            }
            if (last > index) {
                continue;
            }
            sink.report(pip.effective().nameRange().cover(pip.subcommand().range()),
                    "`" + pip.display() + "` without `--no-cache-dir`", Fix.safe("add --no-cache-dir",
                            TextEdit.insert(pip.subcommand().range().end(), " --no-cache-dir")));
        }
    }

    /**
     * Local wheel files only ({@code /wheels/*.whl}): pip neither downloads nor builds them, so it
     * caches nothing, unless it fetches their dependencies, which it does not with
     * {@code --no-deps} or {@code --no-index}, nor from a wheelhouse glob, which {@code pip wheel}
     * fills with the dependencies too.
     */
    private static boolean installsLocalWheelsOnly(PipCommand pip) {
        List<Word> targets = pip.targets();
        if (targets.isEmpty() || !pip.flagValues("-r", "--requirement", "-e", "--editable").isEmpty()) {
            return false;
        }
        boolean wheelhouse = false;
        for (Word target : targets) {
            String value = target.value();
            if (!value.endsWith(".whl") || value.contains("://")) {
                return false;
            }
            wheelhouse |= value.indexOf('*') >= 0;
        }
        return wheelhouse || pip.hasFlag("--no-deps", "--no-index");
    }

    /** Where this pip command keeps its cache: the default for root and what options and variables say. */
    private static List<String> cacheDirs(PipCommand pip, List<Assignment> visible, Map<String, Variable> env) {
        List<String> cacheDirs = new ArrayList<>(List.of("/root/.cache/pip"));
        for (Word option : pip.flagValues("--cache-dir")) {
            cacheDirs.add(option.value());
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
        return ProgramNames.runsPip(pip) && pip.hasSubcommand(PipCommand.VALUE_OPTIONS, "cache")
                && hasPositional(pip, "purge");
    }

    private static boolean hasPositional(SimpleCommand pip, String name) {
        for (Word w : pip.positionals(PipCommand.VALUE_OPTIONS)) {
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
