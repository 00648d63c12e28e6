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
            boolean envRequires = env.containsKey("PIP_REQUIRE_HASHES") && env.get("PIP_REQUIRE_HASHES").value()
                    .filter(v -> TRUE.contains(v.toLowerCase(Locale.ROOT))).isPresent();
            for (SimpleCommand command : run.commands()) {
                PipCommand.of(command).filter(PipCommand::isInstall).ifPresent(pip -> {
                    List<Word> files = pip.flagValues("-r", "--requirement");
                    boolean prefixed = pip.effective().assignments().stream().map(Assignment::name)
                            .anyMatch("PIP_REQUIRE_HASHES"::equals);
                    if (!files.isEmpty() && !pip.hasFlag("--require-hashes") && !envRequires && !prefixed) {
                        sink.report(files.get(0).range(), "`" + pip.display() + " -r " + files.get(0).value()
                                + "` without `--require-hashes`");
                    }
                });
            }
        }
    }
}
