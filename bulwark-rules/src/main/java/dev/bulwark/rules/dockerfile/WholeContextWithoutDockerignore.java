package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * {@code COPY .} or {@code ADD .} of the whole build context when the context has no ignore file
 * (neither {@code <Dockerfile>.dockerignore} nor {@code .dockerignore}, spec 2.1) or one without
 * patterns: {@code .git}, local virtualenvs, datasets, checkpoints and {@code .env} files all go
 * into the image. Only the stages that ship count: a builder stage's context stays in the
 * builder. Silent when the context is unknown (standard input). The project step drops the
 * finding when every build uses a folder that a build script fills ({@code ContextWaivers}).
 */
@RuleInfo(code = "DF046", name = "whole-context-without-dockerignore", practice = Practice.DOCKERIGNORE,
        severity = Severity.WARNING,
        summary = "The whole build context is copied and no `.dockerignore` keeps `.git`, data and secrets out.",
        fix = "Add a `.dockerignore` beside the Dockerfile (`.git`, `.env`, `data/`, `*.ckpt`, `__pycache__`, …).")
public final class WholeContextWithoutDockerignore implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        BuildContext context = ctx.buildContext();
        if (!context.known()) {
            return;
        }
        Optional<DockerignoreFile> dockerignore = context.dockerignore();
        if (dockerignore.isPresent() && !dockerignore.get().patterns().isEmpty()) {
            return;
        }
        String why = dockerignore.isPresent() ? "with an empty `" + dockerignore.get().path() + "`"
                : "without a `.dockerignore`";
        // Only what ships: a builder stage that copies the context and hands named build outputs
        // on puts none of `.git` or `.env` into the image (and its build may need `.git`).
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            for (CopySources.Source s : CopySources.of(ctx.model(), instruction)) {
                if (DockerignoreFile.normalize(s.path()).equals(".")) {
                    sink.report(s.word().range(), "`" + instruction.keyword() + " " + s.path() + "` " + why);
                    break;
                }
            }
        }
    }
}
