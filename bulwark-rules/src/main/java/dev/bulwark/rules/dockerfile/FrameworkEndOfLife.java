package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.lifecycle.Lifecycles;
import dev.bulwark.rules.lifecycle.ImageVerdict;
import dev.bulwark.rules.lifecycle.Release;
import dev.bulwark.rules.lifecycle.Requirements;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A machine-learning framework release its project no longer supports on the run's date: the
 * image a FROM names ({@code pytorch/pytorch:1.13.1-cuda11.6-cudnn8-runtime},
 * {@code tensorflow/tensorflow:2.4.0-gpu}) or an exact pin a RUN installs with pip
 * ({@code torch==1.13.1}, {@code tensorflow-gpu==2.4.0}, {@code jax[cuda]==0.3.25}), also through
 * an ARG or ENV the file sets ({@code torch==${TORCH_VERSION}}), or one conda, mamba or micromamba
 * installs ({@code pytorch==2.1.2}, {@code pytorch=2.1}). Requirement files are not read; a range
 * ({@code torch>=1.13}) pins no release.
 */
@RuleInfo(code = "DF124", name = "framework-end-of-life", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.INFO,
        summary = "An image, pip or conda pin is a PyTorch, TensorFlow or JAX release its project no longer supports.",
        fix = "Move to a supported release of the framework (the message names it) and test the model on it.")
public final class FrameworkEndOfLife implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        if (ctx.options().asOf().isEmpty()) {
            return;
        }
        FromLifecycles.report(ctx, sink, ImageVerdict.FRAMEWORK_ENDED, 0);
        LocalDate day = ctx.options().asOf().get();
        Set<String> fromVariables = new HashSet<>();
        for (RunCommands run : RunsInFile.of(ctx)) {
            for (SimpleCommand command : run.commands()) {
                Optional<PipCommand> pip = PipCommand.of(command);
                if (pip.isPresent() && pip.get().isInstall()) {
                    for (Word target : pip.get().targets()) {
                        report(sink, run, target, false, day, fromVariables);
                    }
                }
                List<Word> specs = CondaInstall.installedSpecs(command);
                for (int i = 0; i < specs.size(); i++) {
                    report(sink, run, specs.get(i), true, day, fromVariables);
                }
            }
        }
    }

    /**
     * @param fromVariables pins already reported that took their version from a variable: the
     *                      same {@code torch==${TORCH_VERSION}} in both branches of an {@code if}
     *                      is one version to move, set in one place, so it is reported once
     */
    private static void report(FindingSink sink, RunCommands run, Word target, boolean conda, LocalDate day,
                               Set<String> fromVariables) {
        Optional<String> resolved = run.resolved(target);
        if (resolved.isEmpty()) {
            return;
        }
        String spec = resolved.get().trim();
        Release pinned = conda ? Requirements.condaPinnedFramework(spec) : Requirements.pinnedFramework(spec);
        if (pinned != null && !pinned.supportedOn(day)
                && (!target.hasExpansion() || fromVariables.add(target.raw() + "\n" + spec))) {
            String written = target.value().trim();
            String subject = target.hasExpansion() ? "`" + spec + "` (from `" + target.raw() + "`)" : "`" + written + "`";
            sink.report(target.range(), Lifecycles.endedFrameworkMessage(subject, "installs", pinned, day));
        }
    }
}
