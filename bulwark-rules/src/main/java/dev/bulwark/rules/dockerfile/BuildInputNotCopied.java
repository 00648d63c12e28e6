package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.BaseImage;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.FileTransferInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Mount;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.images.OfficialImages;
import dev.bulwark.shell.SimpleCommand;
import java.util.List;

/**
 * A RUN reads a file by a relative path ({@code pip install -r requirements-dev.txt},
 * {@code pip install -e .}, {@code conda env create -f env.yml}) that nothing could have put in the
 * image: no COPY or ADD, no bind mount, no download, no clone, no file written before it, on a base
 * image known not to hold project files. BuildKit fails at that step, so the file is one nobody
 * builds (a tutorial sketch, a stale copy); the engine then judges only its syntax and secrets.
 */
@RuleInfo(code = "DF125", name = "build-input-not-copied", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "A RUN reads a file by a relative path that nothing copies into the image, so the build fails there.",
        fix = "COPY the file (or the project) into the image before the RUN, or bind-mount it with `RUN --mount=type=bind`.")
public final class BuildInputNotCopied implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        DockerfileModel model = ctx.model();
        // BuildKit builds only the stages the target needs.
        for (Stage stage : model.stagesReachableFromFinal()) {
            if (!knownEmptyBase(stage.rootBase())) {
                continue;
            }
            StageChain chain = StageChain.of(stage);
            for (Instruction instruction : chain.instructions()) {
                if (bringsFiles(instruction)) {
                    break;
                }
                if (!(instruction instanceof RunInstruction run)) {
                    continue;
                }
                List<SimpleCommand> commands = model.runCommands(run);
                BuildInputs.BuildInput input = stage.contains(run) ? firstMissingInput(commands) : null;
                if (input != null) {
                    sink.report(input.command().range(), "`" + input.display() + "` reads `" + input.path()
                            + "`, which nothing copies into the image: the build fails here");
                    return;
                }
                if (writesFiles(commands)) {
                    break;
                }
            }
        }
    }

    /** The file a command of the RUN reads before any earlier command of it could have written it. */
    private static BuildInputs.BuildInput firstMissingInput(List<SimpleCommand> commands) {
        for (SimpleCommand command : commands) {
            BuildInputs.BuildInput input = BuildInputs.read(command);
            if (input != null) {
                return input;
            }
            if (BuildInputs.mayWriteFiles(command)) {
                return null;
            }
        }
        return null;
    }

    /** Whether the instruction may put files in the image whatever its commands do. */
    private static boolean bringsFiles(Instruction instruction) {
        if (instruction instanceof FileTransferInstruction || instruction instanceof OnbuildInstruction) {
            return true;
        }
        if (!(instruction instanceof RunInstruction run)) {
            return false;
        }
        if (!run.heredocs().isEmpty()) {
            return true;
        }
        for (Mount mount : run.mounts()) {
            if (!mount.type().equals("tmpfs") && !mount.isSsh()) {
                return true;
            }
        }
        return false;
    }

    private static boolean writesFiles(List<SimpleCommand> commands) {
        for (SimpleCommand command : commands) {
            if (BuildInputs.mayWriteFiles(command)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A base known to hold no project file in its working directory: a Docker Hub official image or
     * a well-known ML base. Any other image (a first-party base, an unresolved name) could.
     */
    private static boolean knownEmptyBase(BaseImage base) {
        if (!(base instanceof ImageBase image) || !image.fullyResolved() || !(image.ref() instanceof ImageName name)) {
            return false;
        }
        // The retired `*-onbuild` tags copied the build context in.
        if (name.tag().orElse("").contains("onbuild")) {
            return false;
        }
        if (OfficialImages.isOfficial(name)) {
            return true;
        }
        if (!name.isDockerHub()) {
            return false;
        }
        String path = name.path();
        return path.startsWith("continuumio/") || path.startsWith("condaforge/") || path.startsWith("mambaorg/")
                || path.equals("nvidia/cuda") || path.equals("pytorch/pytorch") || path.equals("tensorflow/tensorflow");
    }
}
