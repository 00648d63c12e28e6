package dev.bulwark.engine.discovery;

import java.util.Locale;

/**
 * Docker's naming conventions for Dockerfiles, as users write them: {@code Dockerfile},
 * {@code Dockerfile.gpu}, {@code Dockerfile-cpu}, {@code api.Dockerfile}, {@code api.dockerfile},
 * {@code Containerfile}, {@code Containerfile.dev}. The stem is matched case-insensitively (the
 * Docker CLI also accepts {@code dockerfile}). {@code Dockerfile.dockerignore} is the per-Dockerfile
 * ignore file BuildKit reads, not a Dockerfile.
 */
public final class DockerfileNames {
    private DockerfileNames() {
    }

    public static boolean isDockerfile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".dockerignore")) {
            return false;
        }
        return n.equals("dockerfile") || n.equals("containerfile")
                || hasSuffixAfter(n, "dockerfile.") || hasSuffixAfter(n, "dockerfile-")
                || hasSuffixAfter(n, "containerfile.")
                || (n.endsWith(".dockerfile") && n.length() > ".dockerfile".length());
    }

    private static boolean hasSuffixAfter(String name, String prefix) {
        return name.startsWith(prefix) && name.length() > prefix.length();
    }
}
