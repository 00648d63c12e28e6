package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.BaseImage;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.ScratchBase;
import java.util.Optional;
import java.util.Set;

/**
 * What well-known base images contain, from their published Dockerfiles: whether {@code curl},
 * {@code wget} and a shell are there. Answers are only given where they are known; everything
 * else is empty, and rules then stay silent.
 */
public final class BaseImageTools {
    // Official images whose default variant is built on buildpack-deps (curl and wget included),
    // whose -slim variant is debian:*-slim (neither) and whose -alpine variant has busybox wget.
    private static final Set<String> BUILDPACK_FAMILY = Set.of("python", "node", "ruby", "golang", "rust",
            "buildpack-deps", "perl");

    // Chainguard images documented without a shell in their non-dev tags.
    private static final Set<String> CHAINGUARD_SHELLLESS = Set.of("static", "glibc-dynamic", "python", "node",
            "jre", "go");

    private BaseImageTools() {
    }

    /** Whether {@code tool} ({@code curl} or {@code wget}) is in the base image; empty when not known. */
    public static Optional<Boolean> has(BaseImage base, String tool) {
        if (base instanceof ScratchBase) {
            return Optional.of(false);
        }
        if (!(base instanceof ImageBase ib) || !(ib.ref() instanceof ImageName image)) {
            return Optional.empty();
        }
        return has(image, tool);
    }

    /** Whether {@code tool} ({@code curl} or {@code wget}) is in the image; empty when not known. */
    public static Optional<Boolean> has(ImageName image, String tool) {
        if (isShellless(image)) {
            return Optional.of(false);
        }
        String name = image.familiarName();
        String tag = image.effectiveTag().orElse("latest");
        boolean busyboxWget = tool.equals("wget");
        if (name.equals("alpine") || name.equals("busybox")) {
            return Optional.of(busyboxWget);
        }
        if (name.equals("debian") || name.equals("ubuntu")) {
            return Optional.of(false);
        }
        Optional<Boolean> service = serviceImageHas(name, tag, busyboxWget);
        if (service.isPresent()) {
            return service;
        }
        if (BUILDPACK_FAMILY.contains(name)) {
            if (tag.contains("alpine")) {
                return Optional.of(busyboxWget);
            }
            if (tag.contains("slim")) {
                return Optional.of(false);
            }
            // Windows variants and the like are not judged.
            return tag.contains("windows") || tag.contains("nanoserver") ? Optional.empty() : Optional.of(true);
        }
        return Optional.empty();
    }

    /** Whether the base image's {@code /bin/sh} is known to be busybox ash (Alpine, busybox), which has pipefail. */
    public static boolean shIsBusybox(BaseImage base) {
        if (!(base instanceof ImageBase ib) || !(ib.ref() instanceof ImageName image)) {
            return false;
        }
        String name = image.familiarName();
        String tag = image.effectiveTag().orElse("latest");
        return name.equals("alpine") || name.equals("busybox")
                || BUILDPACK_FAMILY.contains(name) && tag.contains("alpine");
    }

    /**
     * Service images whose Dockerfile installs neither tool (users' healthchecks calling them are a
     * known failure): Qdrant's CPU image is debian-slim with certificates and tzdata only, Ollama's is
     * Ubuntu with certificates only, Weaviate's is Alpine (busybox {@code wget}, no {@code curl}).
     * GPU and ROCm variants use other bases and are not judged.
     */
    private static Optional<Boolean> serviceImageHas(String name, String tag, boolean busyboxWget) {
        if (name.equals("qdrant/qdrant")) {
            return tag.contains("gpu") ? Optional.empty() : Optional.of(false);
        }
        if (name.equals("ollama/ollama")) {
            return tag.contains("rocm") ? Optional.empty() : Optional.of(false);
        }
        if (name.equals("semitechnologies/weaviate") || name.equals("cr.weaviate.io/semitechnologies/weaviate")) {
            return Optional.of(busyboxWget);
        }
        return Optional.empty();
    }

    /** Whether the base image is known to have no {@code /bin/sh}. */
    public static boolean hasNoShell(BaseImage base) {
        return base instanceof ScratchBase
                || base instanceof ImageBase ib && ib.ref() instanceof ImageName image && isShellless(image);
    }

    /** Distroless images (except :debug) and Chainguard images (except -dev) ship no shell. */
    public static boolean isShellless(ImageName image) {
        String tag = image.effectiveTag().orElse("latest");
        String name = image.name();
        if (name.startsWith("gcr.io/distroless/")) {
            return !tag.contains("debug");
        }
        if (name.startsWith("cgr.dev/chainguard/")) {
            return CHAINGUARD_SHELLLESS.contains(image.baseName()) && !tag.contains("dev");
        }
        return false;
    }
}
