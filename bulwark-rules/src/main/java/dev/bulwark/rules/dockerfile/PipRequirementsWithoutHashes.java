package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.Assignment;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pip install -r FILE} without {@code --require-hashes} (or a true
 * {@code PIP_REQUIRE_HASHES}). pip also enters hash-checking mode when the file itself has
 * {@code --hash} lines, which the Dockerfile cannot show: hence off by default.
 */
@RuleInfo(code = "DF076", name = "pip-requirements-without-hashes", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.INFO, enabledByDefault = false,
        summary = "`pip install -r` without `--require-hashes`, so downloads are not checked against known hashes.",
        fix = "Generate hashes (`pip-compile --generate-hashes`, `uv pip compile --generate-hashes`) and add `--require-hashes`.")
public final class PipRequirementsWithoutHashes implements DockerfileRule {
    private static final Set<String> TRUE = Set.of("1", "true", "yes", "on");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (RunCommands run : RunsInFile.of(ctx)) {
            Map<String, Variable> env = ctx.model().variablesAt(run.run());
            boolean envRequires = env.containsKey("PIP_REQUIRE_HASHES")
                    && isTrue(env.get("PIP_REQUIRE_HASHES").value());
            for (SimpleCommand command : run.commands()) {
                Optional<PipCommand> install = PipCommand.of(command);
                if (install.isEmpty() || !install.get().isInstall()) {
                    continue;
                }
                PipCommand pip = install.get();
                List<Word> files = pip.flagValues("-r", "--requirement");
                boolean prefixed = assigns(pip.effective().assignments(), "PIP_REQUIRE_HASHES");
                if (!files.isEmpty() && !pip.hasFlag("--require-hashes") && !envRequires && !prefixed) {
                    sink.report(files.get(0).range(), "`" + pip.display() + " -r " + files.get(0).value()
                            + "` without `--require-hashes`");
                }
            }
        }
    }

    private static boolean isTrue(Optional<String> value) {
        return value.isPresent() && TRUE.contains(value.get().toLowerCase(Locale.ROOT));
    }

    private static boolean assigns(List<Assignment> assignments, String name) {
        for (Assignment a : assignments) {
            if (name.equals(a.name())) {
                return true;
            }
        }
        return false;
    }
}
