package dev.bulwark.engine.project;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.engine.ImageReference;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.project.ProjectGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every image name the run's files build or name, with the place that says so: Dockerfiles first
 * (the image names the project graph links to them, at the final {@code FROM}), then Compose
 * services and Kubernetes containers that name an image. Scanner results are matched against them.
 */
public final class ImageReferences {
    private final List<ImageReference> references = new ArrayList<>();

    /** A Dockerfile of the run read from disk. */
    public record Dockerfile(Path file, SourceText source, DockerfileModel model) {
    }

    /** Adds the image names the graph links to each Dockerfile. */
    public ImageReferences builtBy(List<Dockerfile> dockerfiles, ProjectGraph graph) {
        for (Dockerfile d : dockerfiles) {
            Optional<Stage> last = d.model().finalStage();
            if (last.isEmpty()) {
                continue;
            }
            for (ProjectGraph.ImageBuild build : graph.imagesOf(d.file())) {
                references.add(new ImageReference(build.image(), d.source(), last.get().from().image().range(), true));
            }
        }
        return this;
    }

    /** Adds the images Compose services name. */
    public ImageReferences composeServices(List<ComposeProject> projects) {
        for (ComposeProject project : projects) {
            for (Service service : project.services()) {
                Optional<ComposeScalar> image = service.image();
                if (image.isPresent() && !image.get().isUnresolved() && !image.get().value().isBlank()) {
                    references.add(new ImageReference(image.get().value().strip(), image.get().span().source(),
                            image.get().span().range(), false));
                }
            }
        }
        return this;
    }

    /** Adds the images Kubernetes containers name. */
    public ImageReferences containers(Optional<ManifestSet> manifests) {
        if (manifests.isEmpty()) {
            return this;
        }
        for (ManifestFile file : manifests.get().files()) {
            for (PodTemplate template : file.podTemplates()) {
                for (Container c : template.allContainers()) {
                    Optional<Field> image = c.image();
                    if (image.isPresent() && !c.imageText().isBlank()) {
                        references.add(new ImageReference(c.imageText().strip(), image.get().valueSpan().source(),
                                image.get().valueSpan().range(), false));
                    }
                }
            }
        }
        return this;
    }

    public List<ImageReference> all() {
        return List.copyOf(references);
    }
}
