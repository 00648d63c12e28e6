package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code gem install NAME} without {@code NAME:version} and without {@code -v}/{@code --version}. */
@RuleInfo(code = "DF069", name = "gem-unpinned-package", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING,
        summary = "`gem install` of a gem without a version.",
        fix = "Pin it: `gem install bundler:2.5.11` or `gem install bundler -v 2.5.11`.",
        aliases = {"DL3028"})
public final class GemUnpinnedPackage implements DockerfileRule {
    private static final Set<String> VALUE_OPTIONS = Set.of("-v", "--version", "-i", "--install-dir", "-n",
            "--bindir", "-s", "--source", "-p", "--http-proxy", "--platform", "-g", "--file", "--build-root");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (RunCommands run : RunsInFile.of(ctx)) {
            for (SimpleCommand command : run.commands()) {
                SimpleCommand gem = command.effective();
                if (!gem.is("gem") || gem.hasFlag(VALUE_OPTIONS, "-v", "--version")) {
                    continue;
                }
                List<Word> positionals = gem.positionals(VALUE_OPTIONS);
                if (positionals.isEmpty() || !(positionals.get(0).is("install") || positionals.get(0).is("i"))) {
                    continue;
                }
                List<Word> unpinned = new ArrayList<>();
                int buildFlags = buildFlagsStart(gem);
                for (Word w : positionals.subList(1, positionals.size())) {
                    if (w.range().start() >= buildFlags) {
                        break;
                    }
                    // A local .gem file is fixed by its content.
                    if (!w.hasExpansion() && !w.value().contains(":") && !w.value().endsWith(".gem")) {
                        unpinned.add(w);
                    }
                }
                if (!unpinned.isEmpty()) {
                    String more = unpinned.size() > 1 ? " and " + (unpinned.size() - 1) + " more" : "";
                    sink.report(unpinned.get(0).range().cover(unpinned.get(unpinned.size() - 1).range()),
                            "`" + unpinned.get(0).value() + "`" + more + " without a version in `gem install`");
                }
            }
        }
    }

    /**
     * Where {@code gem install GEM -- --build-flags} starts passing arguments to the gem's
     * extension build (gem-install(1)): nothing after {@code --} names a gem.
     */
    private static int buildFlagsStart(SimpleCommand gem) {
        for (Word w : gem.arguments()) {
            if (w.value().equals("--")) {
                return w.range().start();
            }
        }
        return Integer.MAX_VALUE;
    }
}
