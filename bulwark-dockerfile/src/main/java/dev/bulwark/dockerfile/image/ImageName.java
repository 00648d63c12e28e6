package dev.bulwark.dockerfile.image;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A valid, normalized image reference: {@code registry/path[:tag][@digest]} with Docker Hub's
 * defaults filled in ({@code python} is {@code docker.io/library/python}). Two names are equal
 * when their canonical forms are, however they were written.
 */
public final class ImageName implements ImageReference {
    /** Docker Hub's canonical registry name. */
    public static final String DOCKER_HUB = "docker.io";
    private static final String OFFICIAL_PREFIX = "library/";
    // Docker Hub's namespaces of official images built for one architecture (docker-library's list).
    private static final Set<String> ARCHITECTURE_NAMESPACES = Set.of("amd64", "arm32v5", "arm32v6", "arm32v7",
            "arm64v8", "i386", "mips64le", "ppc64le", "riscv64", "s390x", "windows-amd64");

    private final String raw;
    private final String registry;
    private final String path;
    private final String tag;
    private final String digest;

    ImageName(String raw, String registry, String path, String tag, String digest) {
        this.raw = Objects.requireNonNull(raw);
        this.registry = Objects.requireNonNull(registry);
        this.path = Objects.requireNonNull(path);
        this.tag = tag;
        this.digest = digest;
    }

    @Override
    public String raw() {
        return raw;
    }

    /** The registry host, with port if any: {@code docker.io}, {@code ghcr.io}, {@code localhost:5000}. */
    public String registry() {
        return registry;
    }

    /** The repository path inside the registry: {@code library/python}, {@code nvidia/cuda}. */
    public String path() {
        return path;
    }

    /** The fully qualified repository name without tag or digest: {@code docker.io/library/python}. */
    public String name() {
        return registry + "/" + path;
    }

    /** The last path component: {@code python}, {@code cuda}, {@code pytorch}. */
    public String baseName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The name as Docker shows it: {@code python}, {@code nvidia/cuda}, {@code ghcr.io/org/x}. An
     * official image from one of Docker Hub's per-architecture namespaces ({@code arm64v8/ubuntu})
     * is the same image built for that architecture, so it has the official name ({@code ubuntu}).
     */
    public String familiarName() {
        if (!registry.equals(DOCKER_HUB)) {
            return name();
        }
        int slash = path.indexOf('/');
        if (slash > 0 && path.indexOf('/', slash + 1) < 0
                && (path.startsWith(OFFICIAL_PREFIX) || ARCHITECTURE_NAMESPACES.contains(path.substring(0, slash)))) {
            return path.substring(slash + 1);
        }
        return path;
    }

    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** The digest including its algorithm: {@code sha256:…}. */
    public Optional<String> digest() {
        return Optional.ofNullable(digest);
    }

    public boolean isPinnedByDigest() {
        return digest != null;
    }

    /** The tag Docker pulls: the written one, {@code latest} when neither tag nor digest is given. */
    public Optional<String> effectiveTag() {
        if (tag != null) {
            return Optional.of(tag);
        }
        return digest == null ? Optional.of("latest") : Optional.empty();
    }

    public boolean isDockerHub() {
        return registry.equals(DOCKER_HUB);
    }

    /** A Docker Hub official image ({@code docker.io/library/<name>}, or its {@code arm64v8/<name>} build). */
    public boolean isOfficialImage() {
        return isDockerHub() && familiarName().indexOf('/') < 0;
    }

    /** The fully qualified form: {@code docker.io/library/python:3.12}. */
    public String canonical() {
        return name() + suffix();
    }

    /** The familiar form Docker prints: {@code python:3.12}, {@code nvidia/cuda@sha256:…}. */
    public String familiar() {
        return familiarName() + suffix();
    }

    private String suffix() {
        return (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageName other && canonical().equals(other.canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return familiar();
    }
}
