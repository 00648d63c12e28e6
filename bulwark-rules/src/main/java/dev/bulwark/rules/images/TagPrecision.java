package dev.bulwark.rules.images;

import dev.bulwark.core.Splits;
import dev.bulwark.rules.Text;
import dev.bulwark.dockerfile.image.ImageName;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an image tag names one exact release or a moving line of releases, by the tag
 * conventions of public images: {@code 3.12.4} is exact, {@code 3.12}, {@code 3} and {@code lts}
 * move. Returns the advice for a moving tag.
 */
public final class TagPrecision {
    // The shapes of versions, date stamps, commit ids and build numbers are TagShapes'.
    /**
     * What separates the components of a tag ({@code 3.12-slim-bookworm}, {@code 1.2+build}): each
     * of these characters, for {@link Splits#onEachOf}.
     */
    public static final String COMPONENT_SEPARATORS = "-_.+";

    // Distributions (and NVIDIA's NGC, Red Hat's and Microsoft's Azure Linux registries) number
    // their releases major.minor: `ubuntu:22.04`, `debian:12.5`, `rockylinux:9.3`,
    // `nvcr.io/nvidia/pytorch:24.05-py3`, `mcr.microsoft.com/azurelinux/base/core:3.0` are releases,
    // not moving minor lines with patch releases below them. So are PostgreSQL's since 10
    // (`postgres:16.6`), and the GL images NVIDIA tags by libglvnd release (`nvidia/opengl:1.2-…`).
    // Defaults that stand for "pass a value": no registry publishes tags named so.
    private static final Set<String> SENTINELS = Set.of("notset", "not-set", "unset", "none", "null", "tbd", "todo",
            "changeme", "change-me", "placeholder", "undefined", "required");
    private static final Set<String> RELEASE_NUMBERED_IMAGES = Set.of(
            "ubuntu", "debian", "rockylinux", "almalinux", "centos", "oraclelinux", "fedora", "amazonlinux",
            "opensuse/leap", "photon", "postgres", "nvidia/opengl", "nvidia/cudagl");
    private static final Set<String> RELEASE_NUMBERED_REGISTRIES = Set.of(
            "nvcr.io", "registry.access.redhat.com", "registry.redhat.io");
    private static final List<String> RELEASE_NUMBERED_PREFIXES = List.of(
            "mcr.microsoft.com/azurelinux/", "mcr.microsoft.com/cbl-mariner/");
    // PostgreSQL numbered releases major.minor from 10 on; 9.6 had 9.6.x patch releases.
    private static final int POSTGRES_TWO_PART_FROM = 10;
    // Images that publish no version tags at all: only a digest pins them.
    private static final List<String> DIGEST_ONLY_PREFIXES = List.of("gcr.io/distroless/", "cgr.dev/chainguard/");
    // Images published only per release line, rebuilt in place: TensorFlow's build containers
    // (`tensorflow/build:2.13-python3.9`) have no patch-level tag to move to.
    private static final Set<String> LINE_ONLY_IMAGES = Set.of("docker.io/tensorflow/build");
    // AWS rebuilds its Lambda base images under the runtime's tag (`python:3.12`) with every update.
    private static final String LAMBDA_PREFIX = "public.ecr.aws/lambda/";
    // Release code names of the distributions that also tag by number, to name the number.
    private static final Map<String, String> UBUNTU_RELEASES = Map.of("trusty", "14.04", "xenial", "16.04",
            "bionic", "18.04", "focal", "20.04", "jammy", "22.04", "noble", "24.04");
    private static final Map<String, String> DEBIAN_RELEASES = Map.of("jessie", "8", "stretch", "9", "buster", "10",
            "bullseye", "11", "bookworm", "12", "trixie", "13", "forky", "14");

    private TagPrecision() {
    }

    /** Advice when the tag moves; empty when it is exact (or there is no tag). */
    public static Optional<String> movingTagAdvice(ImageName image) {
        Optional<String> tag = image.tag();
        if (tag.isEmpty() || isExact(image, tag.get()) || isPlaceholder(tag.get())) {
            return Optional.empty();
        }
        String t = tag.get();
        if (Text.startsWithAny(image.name(), DIGEST_ONLY_PREFIXES)) {
            return Optional.of("pin a digest, as its publisher tags no versions");
        }
        if (LINE_ONLY_IMAGES.contains(image.name())) {
            return Optional.of("pin a digest, as its publisher tags only release lines");
        }
        if (image.name().startsWith(LAMBDA_PREFIX)) {
            return Optional.of("pin a digest, as AWS rebuilds the tag with every runtime update");
        }
        Optional<String> release = numberedRelease(image, t);
        if (release.isPresent()) {
            return Optional.of("pin the release `" + release.get() + "`");
        }
        String[] major = TagShapes.major(t);
        if (twoPartVersions(image) && major != null) {
            return Optional.of("pin a release such as `" + major[0] + major[1] + ".x" + major[2] + "`");
        }
        String[] mm = TagShapes.majorMinor(t);
        if (mm != null) {
            return Optional.of("pin an exact patch version such as `" + mm[0] + mm[1] + "."
                    + mm[2] + ".x" + mm[3] + "`");
        }
        if (major != null) {
            return Optional.of("pin an exact version such as `" + major[0] + major[1] + ".x.y" + major[2] + "`");
        }
        return Optional.of("pin an exact version or a digest");
    }

    /**
     * Whether the tag names one snapshot of a moving line: a date stamp ({@code nightly-20240501}),
     * a commit id ({@code main-sha-1a2b3c4}) or a build number ({@code edge-1234}).
     */
    public static boolean hasSnapshotStamp(String tag) {
        if (TagShapes.containsDateStamp(tag)) {
            return true;
        }
        for (String component : Splits.onEachOf(tag, COMPONENT_SEPARATORS)) {
            if (isCommitId(component) || TagShapes.isBuildNumber(component)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the repository path itself names one release, so that its {@code latest} (or no tag)
     * is that release: Habana's {@code vault.habana.ai/gaudi-docker/1.20.1/…} images are published so.
     */
    public static boolean releaseInPath(ImageName image) {
        for (String component : image.path().split("/")) {
            if (TagShapes.isFullVersion(component)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isExact(ImageName image, String tag) {
        if (TagShapes.containsFullVersion(tag) || TagShapes.containsDateStamp(tag) || releaseInPath(image)) {
            return true;
        }
        for (String component : Splits.onEachOf(tag, COMPONENT_SEPARATORS)) {
            if (isCommitId(component)) {
                return true;
            }
            if (TagShapes.isBuildNumber(component)) {
                return true;
            }
        }
        if (!twoPartVersions(image)) {
            return false;
        }
        // An Ubuntu code name is its release number by another name: `noble` moves as `24.04` does.
        if (image.isDockerHub() && image.familiarName().equals("ubuntu") && UBUNTU_RELEASES.containsKey(codename(tag))) {
            return true;
        }
        if (image.familiarName().equals("postgres")) {
            String[] release = TagShapes.majorMinor(tag);
            return release != null && Integer.parseInt(release[1]) >= POSTGRES_TWO_PART_FROM;
        }
        return TagShapes.startsWithRelease(tag);
    }

    /** Whether the image's own versions have two parts, so that `major.minor` names one release. */
    private static boolean twoPartVersions(ImageName image) {
        return RELEASE_NUMBERED_REGISTRIES.contains(image.registry())
                || image.isDockerHub() && RELEASE_NUMBERED_IMAGES.contains(image.familiarName())
                || !image.isDockerHub() && RELEASE_NUMBERED_IMAGES.contains(lastSegment(image))
                || Text.startsWithAny(image.name(), RELEASE_NUMBERED_PREFIXES);
    }

    // A distribution mirrored on another registry keeps its name and its tags
    // (`public.ecr.aws/ubuntu/ubuntu:18.04`, `quay.io/centos/centos:7`): `18.04` is a release there too.
    private static String lastSegment(ImageName image) {
        String path = image.path();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String codename(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** The numbered release a Debian or Ubuntu code-name tag stands for: `jammy` is `22.04`, `bookworm-slim` `12.x-slim`. */
    private static Optional<String> numberedRelease(ImageName image, String tag) {
        if (!image.isDockerHub()) {
            return Optional.empty();
        }
        int dash = tag.indexOf('-');
        String codename = dash < 0 ? tag : tag.substring(0, dash);
        String rest = dash < 0 ? "" : tag.substring(dash);
        String name = image.familiarName();
        if (name.equals("ubuntu") && UBUNTU_RELEASES.containsKey(codename)) {
            return Optional.of(UBUNTU_RELEASES.get(codename) + rest);
        }
        if (name.equals("debian") && DEBIAN_RELEASES.containsKey(codename)) {
            return Optional.of(DEBIAN_RELEASES.get(codename) + ".x" + rest);
        }
        return Optional.empty();
    }

    /**
     * Why a deployment's image tag moves, as a predicate for messages ("follows the `main`
     * channel", "names no version", "is not an exact version: pin ..."); empty for exact tags,
     * digests, {@code latest} and untagged images (rules of their own report those). A short
     * version is judged only on images whose publisher re-pushes such tags with every release
     * (Docker Hub official images, the images {@link KnownImages} describes, NVIDIA CUDA and
     * PyTorch): on a project's own image ({@code acme/app:v2}) it is often one build per tag.
     * Compose and Kubernetes rules share it, so an image means the same in both.
     */
    public static Optional<String> movingReason(ImageName image) {
        Optional<String> tag = image.tag();
        if (tag.isEmpty() || image.isPinnedByDigest() || tag.get().equals("latest") || isPlaceholder(tag.get())) {
            return Optional.empty();
        }
        Optional<String> channel = ChannelTags.channel(image);
        if (channel.isPresent()) {
            return Optional.of("follows the `" + channel.get() + "` channel");
        }
        String lower = tag.get().toLowerCase(Locale.ROOT);
        if (lower.startsWith("latest-") || lower.startsWith("latest_") || lower.endsWith("-latest")
                || lower.endsWith("_latest")) {
            return Optional.of("is a variant of `latest`");
        }
        if (!hasDigit(lower)) {
            return Optional.of("names no version");
        }
        if (!publishesMovingVersionTags(image)) {
            return Optional.empty();
        }
        Optional<String> advice = movingTagAdvice(image);
        return advice.isPresent() ? Optional.of("is not an exact version: " + advice.get()) : Optional.empty();
    }

    /**
     * A tag that a script replaces before use, written in capitals like a variable name:
     * {@code chroma:CHROMA_VERSION} in a deployment template. Real tags are lower case by convention.
     * Also a sentinel that names no tag at all ({@code ARG MINIFORGE_VER=notset}, {@code changeme}),
     * a default the build always overrides: no version advice fits it.
     */
    public static boolean isPlaceholder(String tag) {
        if (SENTINELS.contains(tag.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (tag.length() < 3 || !Character.isUpperCase(tag.charAt(0))) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    // Publishers that re-push `16`, `3.12` or `12.4` with every patch release; a one-word name that
    // Docker Hub does not publish is a local build, often one build per tag.
    private static boolean publishesMovingVersionTags(ImageName image) {
        return OfficialImages.isOfficial(image) || KnownImages.of(image).isPresent() || CudaImages.isNvidiaCuda(image)
                || CudaImages.isPytorch(image);
    }

    private static boolean hasDigit(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            if (Character.isDigit(tag.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // Hex of commit length with both digits and letters: `1a2b3c4`, not `1234567` or `deadbeef`.
    private static boolean isCommitId(String component) {
        if (!TagShapes.isCommitLength(component)) {
            return false;
        }
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && letter;
    }
}
