package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.model.UserSpec;
import dev.bulwark.dockerfile.syntax.ExposeInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.images.BaseImageTools;
import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.rules.images.GpuImages;
import dev.bulwark.rules.images.GpuVendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the image a Dockerfile builds holds, for rules that judge it with the places that run it
 * (the project rules): the stage that is run (the final one, or a build {@code target}) and what
 * its stage chain gives it: the user, the tools, the exposed ports, a GPU base, CPU-only
 * framework builds, directories created by root. Every answer that cannot be proven from the
 * Dockerfile is empty.
 */
public final class BuiltImage {
    private final DockerfileModel model;
    private final Stage stage;
    private final StageChain chain;

    /** An exposed port spec: where it is written, and its container part ({@code 8000}, {@code 8000-8010}). */
    public record Exposed(TextRange range, String ports) {
    }

    /** A framework install that targets the CPU only ({@code …/whl/cpu}, {@code +cpu}, {@code tensorflow-cpu}). */
    public record CpuBuild(TextRange range, String display) {
    }

    private BuiltImage(DockerfileModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.chain = StageChain.of(stage);
    }

    /** The image of the stage named {@code target}, or of the final stage; empty when there is no such stage. */
    public static Optional<BuiltImage> of(DockerfileModel model, Optional<String> target) {
        Optional<Stage> stage = target.isPresent() ? model.stageNamed(target.get()) : model.finalStage();
        return stage.isPresent() ? Optional.of(new BuiltImage(model, stage.get())) : Optional.empty();
    }

    public DockerfileModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    /** The user the image runs as, when a USER sets one. */
    public Optional<UserSpec> user() {
        return stage.finalUser();
    }

    /** Whether a USER sets a known non-root user. */
    public boolean setsNonRootUser() {
        Optional<UserSpec> user = user();
        return user.isPresent() && user.get().fullyResolved() && !user.get().isRoot();
    }

    /** The base image of the chain as written after expansion ({@code scratch} for none). */
    public String baseText() {
        Stage root = chain.stages().get(0);
        return root.base() instanceof ImageBase ib ? ib.resolvedText() : "scratch";
    }

    /**
     * Whether {@code curl} or {@code wget} is in the image: false only when the base is known not to
     * contain it and no instruction of the chain installs, copies or runs it; empty when unknown.
     */
    public Optional<Boolean> hasTool(String tool) {
        Optional<Boolean> base = BaseImageTools.has(chain.stages().get(0).base(), tool);
        if (base.isEmpty() || base.get()) {
            return base;
        }
        return Optional.of(HealthcheckToolMissing.provided(model, chain, tool));
    }

    /** The ports the chain's EXPOSE instructions open; empty when one holds a variable of unknown value. */
    public Optional<List<Exposed>> exposed() {
        List<Exposed> out = new ArrayList<>();
        for (Instruction i : chain.instructions()) {
            if (!(i instanceof ExposeInstruction expose)) {
                continue;
            }
            for (Word word : expose.ports()) {
                Expansion e = model.expand(i, word.text());
                if (!e.isOk() || !e.undefined().isEmpty()) {
                    return Optional.empty();
                }
                for (String spec : e.words()) {
                    out.add(new Exposed(word.range(), ExposedPorts.parse(spec, word.range()).ports()));
                }
            }
        }
        return Optional.of(out);
    }

    /** The GPU vendor the base image needs ({@link GpuImages}: CUDA, ROCm, GPU framework builds). */
    public Optional<GpuVendor> gpu() {
        Stage root = chain.stages().get(0);
        if (root.base() instanceof ImageBase ib && ib.fullyResolved() && ib.ref() instanceof ImageName image) {
            return GpuImages.required(image);
        }
        return Optional.empty();
    }

    /**
     * The CPU-only framework build the chain installs, when every framework build it installs is
     * CPU-only and the base is not a GPU image.
     */
    public Optional<CpuBuild> cpuOnlyFrameworks() {
        Stage root = chain.stages().get(0);
        if (!(root.base() instanceof ImageBase ib) || !ib.fullyResolved() || gpu().isPresent()
                || CudaImages.ofStage(root).isPresent()) {
            return Optional.empty();
        }
        CpuBuild first = null;
        for (Instruction instruction : chain.instructions()) {
            for (CudaWheelTags.CudaTarget target : CudaWheelTags.of(model, instruction)) {
                if (!target.cpuOnly()) {
                    return Optional.empty();
                }
                if (first == null) {
                    first = new CpuBuild(target.range(), target.display());
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * Where the chain creates {@code dir} as root and never hands it over ({@code mkdir}, WORKDIR),
     * while the image runs as a known non-root user; empty otherwise.
     */
    public Optional<TextRange> rootOwnedDirectory(String dir) {
        if (!setsNonRootUser()) {
            return Optional.empty();
        }
        return ModelDirNotWritable.rootOwnedCreator(model, chain, RunCommands.trimSlashes(dir));
    }
}
