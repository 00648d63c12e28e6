package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.ignore.DockerignoreFile;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A RUN reads a file by a relative path ({@code pip install -r requirements-dev.txt},
 * {@code pip install -e .}, {@code conda env create -f env.yml}) that nothing could have put in the
 * image: no COPY or ADD that could place it, no bind mount, no download, no clone, no file written
 * before it, on a base image known not to hold project files. BuildKit fails at that step, so the file is one nobody
 * builds (a tutorial sketch, a stale copy); the engine then judges only its syntax and secrets.
 */
@RuleInfo(code = "DF125", name = "build-input-not-copied", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "A RUN reads a file by a relative path that nothing copies into the image, so the build fails there.",
        fix = "COPY the file (or the project) into the image before the RUN, "
                + "or bind-mount it with `RUN --mount=type=bind`.")
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
            // Where COPY and ADD put files, absolute: a single file copied elsewhere
            // (`COPY key /app/ssh/key`) cannot be the project `pip install -e .` reads in /app.
            List<String> placed = new ArrayList<>();
            for (Instruction instruction : chain.instructions()) {
                if (instruction instanceof FileTransferInstruction transfer) {
                    String destination = destination(model, chain, transfer);
                    if (destination == null) {
                        break;
                    }
                    placed.add(destination);
                    continue;
                }
                if (bringsFiles(instruction)) {
                    break;
                }
                if (!(instruction instanceof RunInstruction run)) {
                    continue;
                }
                List<SimpleCommand> commands = model.runCommands(run);
                BuildInputs.BuildInput input = stage.contains(run) ? firstMissingInput(commands) : null;
                if (input != null && !mayBePlaced(placed, stage.workdirAt(run), input.path())) {
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

    /** The COPY or ADD destination as an absolute path, or null when it is not known. */
    private static String destination(DockerfileModel model, StageChain chain, FileTransferInstruction transfer) {
        if (transfer.destination().isEmpty()) {
            return null;
        }
        Expansion e = model.expand(transfer, transfer.destination().get().text());
        if (!e.isOk() || !e.undefined().isEmpty() || e.text().isEmpty() || e.text().indexOf('$') >= 0) {
            return null;
        }
        if (e.text().startsWith("/")) {
            return absolute(e.text());
        }
        Optional<String> workdir = Optional.empty();
        for (Stage s : chain.stages()) {
            if (s.contains(transfer)) {
                workdir = s.workdirAt(transfer);
            }
        }
        return workdir.isPresent() ? absolute(workdir.get() + "/" + e.text()) : null;
    }

    /** Go's path.Clean of an absolute path: `/app/./x/` gives `/app/x`. */
    private static String absolute(String path) {
        String relative = DockerignoreFile.normalize(path);
        return relative.equals(".") ? "/" : "/" + relative;
    }

    /** Whether a copy destination could hold {@code path}, read relative to {@code workdir}. */
    private static boolean mayBePlaced(List<String> placed, Optional<String> workdir, String path) {
        if (placed.isEmpty()) {
            return false;
        }
        if (workdir.isEmpty()) {
            return true;
        }
        String read = absolute(workdir.get() + "/" + path);
        for (String destination : placed) {
            // A copy to the path, to a folder above it, or into the folder read (`COPY setup.py /app/`).
            if (destination.equals("/") || destination.equals(read) || read.startsWith(destination + "/")
                    || destination.startsWith(read + "/") && destination.indexOf('/', read.length() + 1) < 0) {
                return true;
            }
        }
        return false;
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
        if (instruction instanceof OnbuildInstruction) {
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
