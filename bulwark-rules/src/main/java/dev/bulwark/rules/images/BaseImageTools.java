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

    private static final String TIANGOLO = "tiangolo/";

    // Chainguard images documented without a shell in their non-dev tags.
    private static final Set<String> CHAINGUARD_SHELLLESS = Set.of("static", "glibc-dynamic", "python", "node",
            "jre", "go");

    // buildpack-deps' layers (docker-library/buildpack-deps, Debian bookworm): `curl`, then `scm`,
    // then the full image; golang builds on `scm` with a C toolchain, the others on the full image.
    private static final Set<String> BUILDPACK_CURL = Set.of("ca-certificates", "curl", "gnupg", "netbase", "wget");
    private static final Set<String> BUILDPACK_SCM = Set.of("git", "mercurial", "openssh-client", "subversion",
            "procps");
    private static final Set<String> BUILDPACK_FULL = Set.of("autoconf", "automake", "bzip2",
            "default-libmysqlclient-dev", "dpkg-dev", "file", "g++", "gcc", "imagemagick", "libbz2-dev", "libc6-dev",
            "libcurl4-openssl-dev", "libdb-dev", "libevent-dev", "libffi-dev", "libgdbm-dev", "libglib2.0-dev",
            "libgmp-dev", "libjpeg-dev", "libkrb5-dev", "liblzma-dev", "libmagickcore-dev", "libmagickwand-dev",
            "libmaxminddb-dev", "libncurses5-dev", "libncursesw5-dev", "libpng-dev", "libpq-dev", "libreadline-dev",
            "libsqlite3-dev", "libssl-dev", "libtool", "libwebp-dev", "libxml2-dev", "libxslt-dev", "libyaml-dev",
            "make", "patch", "unzip", "xz-utils", "zlib1g-dev");
    private static final Set<String> GOLANG_TOOLCHAIN = Set.of("g++", "gcc", "libc6-dev", "make", "pkg-config");

    private BaseImageTools() {
    }

    /**
     * Whether the Debian package is already installed in the base image, by its published
     * Dockerfiles: the default variants of the buildpack-deps family ({@code python:3.12},
     * {@code node:20}) hold curl, git, a C toolchain and common headers. False when not known.
     */
    public static boolean hasPackage(BaseImage base, String debianPackage) {
        if (!(base instanceof ImageBase ib) || !(ib.ref() instanceof ImageName image)) {
            return false;
        }
        String name = image.familiarName();
        String tag = image.effectiveTag().orElse("latest");
        // tiangolo's server images (`uwsgi-nginx-flask:python3.10`) are built on the official
        // python image of the variant their tag names.
        if (name.startsWith(TIANGOLO) && tag.startsWith("python")) {
            name = "python";
        }
        if (!BUILDPACK_FAMILY.contains(name) || tag.contains("alpine") || tag.contains("slim")
                || tag.contains("windows") || tag.contains("nanoserver")) {
            return false;
        }
        boolean curlLayer = name.equals("buildpack-deps") && tag.contains("curl");
        boolean scmLayer = name.equals("buildpack-deps") && tag.contains("scm") || name.equals("golang");
        if (BUILDPACK_CURL.contains(debianPackage)) {
            return true;
        }
        if (curlLayer) {
            return false;
        }
        if (BUILDPACK_SCM.contains(debianPackage)) {
            return true;
        }
        if (scmLayer) {
            return name.equals("golang") && GOLANG_TOOLCHAIN.contains(debianPackage);
        }
        return BUILDPACK_FULL.contains(debianPackage);
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
