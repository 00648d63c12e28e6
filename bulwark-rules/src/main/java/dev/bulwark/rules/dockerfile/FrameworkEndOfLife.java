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
import java.util.Optional;

/**
 * A machine-learning framework release its project no longer supports on the run's date: the
 * image a FROM names ({@code pytorch/pytorch:1.13.1-cuda11.6-cudnn8-runtime},
 * {@code tensorflow/tensorflow:2.4.0-gpu}) or an exact pin a RUN installs with pip
 * ({@code torch==1.13.1}, {@code tensorflow-gpu==2.4.0}, {@code jax[cuda]==0.3.25}). Requirement
 * files are not read; a range ({@code torch>=1.13}) pins no release.
 */
@RuleInfo(code = "DF124", name = "framework-end-of-life", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.INFO,
        summary = "An image or pip pin is a PyTorch, TensorFlow or JAX release its project no longer supports.",
        fix = "Move to a supported release of the framework (the message names it) and test the model on it.")
public final class FrameworkEndOfLife implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        if (ctx.options().asOf().isEmpty()) {
            return;
        }
        FromLifecycles.report(ctx, sink, ImageVerdict.FRAMEWORK_ENDED, 0);
        LocalDate day = ctx.options().asOf().get();
        for (RunCommands run : RunsInFile.of(ctx)) {
            for (SimpleCommand command : run.commands()) {
                Optional<PipCommand> pip = PipCommand.of(command);
                if (pip.isEmpty() || !pip.get().isInstall()) {
                    continue;
                }
                for (Word target : pip.get().targets()) {
                    if (target.hasExpansion()) {
                        continue;
                    }
                    Release pinned = Requirements.pinnedFramework(target.value().trim());
                    if (pinned != null && !pinned.supportedOn(day)) {
                        sink.report(target.range(), Lifecycles.endedFrameworkMessage(
                                "`" + target.value().trim() + "`", "installs", pinned, day));
                    }
                }
            }
        }
    }
}
