package dev.bulwark.rules.compose;

import dev.bulwark.compose.Build;
import dev.bulwark.compose.HealthTestForm;
import dev.bulwark.compose.Healthcheck;
import dev.bulwark.compose.Service;
import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.BaseImage;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.ScratchBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.images.ImageHealthchecks;
import java.util.Optional;

/**
 * Whether a service's containers have a healthcheck: one written in Compose, or the image's own
 * HEALTHCHECK (Compose's {@code healthcheck} without {@code test} keeps it). The image's is known
 * for public images in {@link ImageHealthchecks} and for built images whose Dockerfile the model
 * could read (the HEALTHCHECK of the built stage's chain, else its base image's). The
 * {@code service-without-healthcheck}, {@code depends-on-without-health-condition} and
 * {@code service-healthy-without-healthcheck} rules share this answer.
 */
public final class ServiceHealth {

    /** What is known about a service's healthcheck. */
    public enum Status {
        /** A test written in Compose ({@code CMD}, {@code CMD-SHELL} or a string). */
        DEFINED,
        /** No test in Compose, and the image declares a HEALTHCHECK. */
        FROM_IMAGE,
        /** {@code disable: true} or {@code test: ["NONE"]}. */
        DISABLED,
        /** No test in Compose, and the image is known to declare none (or disables it). */
        NONE,
        /** No test in Compose, and what the image declares is not known. */
        UNKNOWN
    }

    private ServiceHealth() {
    }

    public static Status of(Service service) {
        Optional<Healthcheck> h = service.healthcheck();
        if (h.isPresent()) {
            if (h.get().isDisabled()) {
                return Status.DISABLED;
            }
            HealthTestForm form = h.get().form();
            if (form == HealthTestForm.CMD || form == HealthTestForm.CMD_SHELL) {
                return Status.DEFINED;
            }
            if (form == HealthTestForm.INVALID) {
                // Compose refuses it (DC001); whatever was meant is not known.
                return Status.UNKNOWN;
            }
        }
        Optional<Boolean> image = imageDeclares(service);
        if (image.isEmpty()) {
            return Status.UNKNOWN;
        }
        return image.get() ? Status.FROM_IMAGE : Status.NONE;
    }

    /** True when the containers run a healthcheck (Compose's or the image's). */
    public static boolean runs(Status status) {
        return status == Status.DEFINED || status == Status.FROM_IMAGE;
    }

    /** Whether the service's image declares a HEALTHCHECK; empty when that is not known. */
    public static Optional<Boolean> imageDeclares(Service service) {
        Optional<Build> build = service.build();
        if (build.isPresent()) {
            Optional<SourceText> text = build.get().dockerfileText();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String target = build.get().target().isPresent() && !build.get().target().get().isUnresolved()
                    ? build.get().target().get().value() : "";
            return builtImageDeclares(text.get(), target);
        }
        Optional<ImageName> image = ServiceImages.written(service);
        return image.isPresent() ? ImageHealthchecks.declares(image.get()) : Optional.<Boolean>empty();
    }

    /**
     * The HEALTHCHECK of the built stage ({@code target}, else the last): the last one in the chain
     * of stages it is built FROM (Dockerfile reference: the last HEALTHCHECK wins, and an image
     * inherits its base's), else the base image's; empty when the stage or its base is not known.
     */
    static Optional<Boolean> builtImageDeclares(SourceText dockerfile, String target) {
        Dockerfile file = DockerfileParser.parse(dockerfile);
        DockerfileModel model = DockerfileModel.of(file);
        Optional<Stage> stage = target.isEmpty() ? model.finalStage() : model.stageNamed(target);
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        Optional<Stage> s = stage;
        while (s.isPresent()) {
            Optional<HealthcheckInstruction> last = lastHealthcheck(s.get());
            if (last.isPresent()) {
                return Optional.of(!last.get().isNone());
            }
            s = s.get().parent();
        }
        BaseImage root = stage.get().rootBase();
        if (root instanceof ScratchBase) {
            return Optional.of(false);
        }
        if (root instanceof ImageBase ib && ib.fullyResolved() && ib.ref() instanceof ImageName name) {
            // Images built FROM are general bases (language runtimes, CUDA, frameworks), which do
            // not declare one; the few that do are in the table.
            Optional<Boolean> known = ImageHealthchecks.declares(name);
            return known.isPresent() ? known : Optional.of(false);
        }
        return Optional.empty();
    }

    private static Optional<HealthcheckInstruction> lastHealthcheck(Stage stage) {
        HealthcheckInstruction last = null;
        for (Instruction i : stage.instructions()) {
            if (i instanceof HealthcheckInstruction h) {
                last = h;
            }
        }
        return Optional.ofNullable(last);
    }
}
