package dev.bulwark.project;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.Service;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ManifestSet;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A place that runs an image built by a Dockerfile of the repository: a Compose service that
 * builds it or names its image, or a Kubernetes container that names its image.
 */
public sealed interface Deployment permits Deployment.ComposeService, Deployment.KubernetesContainer {

    /** The Dockerfile that builds what runs here (absolute, normalised). */
    Path dockerfile();

    /** Whether the link is an image name ({@code image:}) rather than a {@code build:} of the Dockerfile itself. */
    boolean byName();

    /**
     * A Compose service.
     *
     * @param target the {@code build.target} stage it runs, empty for the final stage
     */
    record ComposeService(ComposeProject project, Service service, Path dockerfile, Optional<String> target,
                          boolean byName) implements Deployment {
    }

    /** A container of a Kubernetes pod template (init containers included). */
    record KubernetesContainer(ManifestSet set, Container container, Path dockerfile) implements Deployment {
        @Override
        public boolean byName() {
            return true;
        }
    }
}
