package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine knows about the build context of a Dockerfile, so rules never do I/O. The
 * context is taken to be the Dockerfile's directory; {@code dockerignore} is the ignore file that
 * applies to it (spec 2.1: {@code <Dockerfile>.dockerignore} beside the Dockerfile, else
 * {@code .dockerignore} in that directory). Input from standard input or memory has no known
 * context: rules about the context must then stay silent.
 */
public record BuildContext(boolean known, Optional<DockerignoreFile> dockerignore) {

    public BuildContext {
        Objects.requireNonNull(dockerignore, "dockerignore");
        if (!known && dockerignore.isPresent()) {
            throw new IllegalArgumentException("an unknown context has no ignore file");
        }
    }

    /** Nothing is known about the context (standard input, text in memory). */
    public static BuildContext unknown() {
        return new BuildContext(false, Optional.empty());
    }

    /** A context on disk without an ignore file. */
    public static BuildContext withoutDockerignore() {
        return new BuildContext(true, Optional.empty());
    }

    /** A context on disk whose ignore file is {@code dockerignore}. */
    public static BuildContext of(DockerignoreFile dockerignore) {
        return new BuildContext(true, Optional.of(dockerignore));
    }
}
