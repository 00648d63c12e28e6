package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a public image declares its own HEALTHCHECK, from its published Dockerfile. Compose
 * and Kubernetes rules ask before calling a service "without a healthcheck" (an image that has one
 * has one) and before saying a {@code service_healthy} dependency can never be met.
 *
 * <p>Known yes: the Jupyter Docker Stacks (since 2022), LocalAI, Open WebUI and the OPEA user
 * interfaces built on it or on Streamlit with one. Known no: the
 * Docker Official Images that docker-library maintains, which leave HEALTHCHECK out on purpose
 * (docker-library FAQ, "Why doesn't the image have a HEALTHCHECK?"), images built on them without
 * adding one (pgvector), and images whose Dockerfile was read (Qdrant, Weaviate, Ollama). Every
 * other image is unknown: empty.
 */
public final class ImageHealthchecks {
    // Prefixes of publishers whose images all declare a HEALTHCHECK.
    private static final Set<String> DECLARING_PREFIXES = Set.of("jupyter/", "quay.io/jupyter/");
    // OPEA's agent UI is built on Open WebUI's Dockerfile; its VideoQnA UI (Streamlit) declares one too.
    private static final Set<String> DECLARING = Set.of("localai/localai", "quay.io/go-skynet/local-ai",
            "ghcr.io/open-webui/open-webui", "opea/agent-ui", "opea/videoqna-ui");

    // Official images maintained by docker-library (no HEALTHCHECK by policy), and others read.
    private static final Set<String> WITHOUT = Set.of("postgres", "mysql", "mariadb", "mongo", "redis",
            "memcached", "rabbitmq", "nginx", "httpd", "python", "node", "ubuntu", "debian", "alpine", "busybox",
            "golang", "ruby", "php", "perl", "rust", "openjdk", "eclipse-temurin", "buildpack-deps", "cassandra",
            "couchdb", "zookeeper", "haproxy", "registry", "pgvector/pgvector", "ankane/pgvector",
            "qdrant/qdrant", "semitechnologies/weaviate", "cr.weaviate.io/semitechnologies/weaviate", "ollama/ollama");

    private ImageHealthchecks() {
    }

    /** True when the image declares a HEALTHCHECK, false when it is known not to; empty when unknown. */
    public static Optional<Boolean> declares(ImageName image) {
        String name = image.familiarName();
        if (DECLARING.contains(name)) {
            return Optional.of(true);
        }
        for (String prefix : DECLARING_PREFIXES) {
            if (name.startsWith(prefix)) {
                return Optional.of(true);
            }
        }
        return WITHOUT.contains(name) ? Optional.of(false) : Optional.empty();
    }
}
