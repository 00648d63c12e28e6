package dev.bulwark.rules.project;

import dev.bulwark.core.Practice;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.project.Deployment;
import dev.bulwark.project.ProjectGraph;
import dev.bulwark.rules.RuleOptions;
import dev.bulwark.rules.compose.ProjectSetups;
import dev.bulwark.rules.dockerfile.BuiltImage;
import dev.bulwark.rules.setups.Setup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ProjectRule} checks: one Dockerfile (its file, the path findings show for it, its
 * model), the places that run its image, the whole graph, and the rule's options.
 */
public record ProjectCheck(Path dockerfile, String dockerfilePath, DockerfileModel model, List<Deployment> deployments,
                           ProjectGraph graph, RuleOptions options) {

    public ProjectCheck {
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(dockerfilePath, "dockerfilePath");
        Objects.requireNonNull(model, "model");
        deployments = List.copyOf(deployments);
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(options, "options");
    }

    /** A deployment and the image it runs. */
    public record Run(Deployment deployment, BuiltImage image) {
    }

    /** The deployments held to {@code practice} ({@link #judged}) whose image's stage exists, with that image. */
    public List<Run> runs(Practice practice) {
        List<Run> out = new ArrayList<>();
        for (Deployment d : deployments) {
            Optional<BuiltImage> image = image(d);
            if (image.isPresent() && judged(d, practice)) {
                out.add(new Run(d, image.get()));
            }
        }
        return out;
    }

    /** The image a deployment runs: the stage its Compose build targets, else the final stage. */
    public Optional<BuiltImage> image(Deployment d) {
        Optional<String> target = d instanceof Deployment.ComposeService c ? c.target() : Optional.empty();
        return BuiltImage.of(model, target);
    }

    /**
     * Whether the deployment is held to {@code practice}: what its file is for (a test setup or a
     * development stack is not judged on everything, {@link Setup}), and for Kubernetes a whole
     * pod template (not a patch).
     */
    public static boolean judged(Deployment d, Practice practice) {
        if (d instanceof Deployment.ComposeService c) {
            return ProjectSetups.of(c.project()).judges(practice)
                    && Setup.of(c.service().nameSpan().path()).judges(practice);
        }
        Deployment.KubernetesContainer k = (Deployment.KubernetesContainer) d;
        return !k.container().template().isPartial() && Setup.of(k.container().span().path()).judges(practice);
    }

    /** How messages name the Dockerfile. */
    public String dockerfileName() {
        return "`" + dockerfilePath + "`";
    }
}
