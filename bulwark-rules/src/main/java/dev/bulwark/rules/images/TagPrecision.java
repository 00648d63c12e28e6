package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an image tag names one exact release or a moving line of releases, by the tag
 * conventions of public images: {@code 3.12.4} is exact, {@code 3.12}, {@code 3} and {@code lts}
 * move. Returns the advice for a moving tag.
 */
public final class TagPrecision {
    private static final Pattern FULL_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern DATE_STAMP =
            Pattern.compile("(?<!\\d)(?:19|20)\\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");
    private static final Pattern BUILD_NUMBER = Pattern.compile("\\d{3,}");
    private static final Pattern MAJOR_MINOR = Pattern.compile("^(v?)(\\d+)\\.(\\d+)(?![.\\d])(.*)$");
    private static final Pattern MAJOR = Pattern.compile("^(v?)(\\d+)(?![.\\d])(.*)$");
    private static final Pattern RELEASE_NUMBER = Pattern.compile("^\\d+\\.\\d+(?![.\\d])");
    private static final Pattern POSTGRES_RELEASE = Pattern.compile("^(\\d+)\\.\\d+(?![.\\d])");
    // PostgreSQL numbers its releases major.minor since version 10: `postgres:16.6` is one release
    // (the minor number counts the fixes of major version 16), `postgres:16` moves; `9.6` was a
    // major line of its own with patch releases (`9.6.24`).
    private static final int POSTGRES_MAJOR_MINOR_SINCE = 10;
    /** What separates the components of a tag ({@code 3.12-slim-bookworm}, {@code 1.2+build}). */
    public static final Pattern COMPONENT_SEPARATOR = Pattern.compile("[-_.+]");

    // Distributions (and NVIDIA's NGC and Red Hat's registries) number their releases major.minor:
    // `ubuntu:22.04`, `debian:12.5`, `rockylinux:9.3`, `nvcr.io/nvidia/pytorch:24.05-py3` are
    // releases, not moving minor lines with patch releases below them.
    private static final Set<String> RELEASE_NUMBERED_IMAGES = Set.of(
            "ubuntu", "debian", "rockylinux", "almalinux", "centos", "oraclelinux", "fedora", "amazonlinux",
            "opensuse/leap");
    private static final Set<String> RELEASE_NUMBERED_REGISTRIES = Set.of(
            "nvcr.io", "registry.access.redhat.com", "registry.redhat.io");

    private TagPrecision() {
    }

    /** Advice when the tag moves; empty when it is exact (or there is no tag). */
    public static Optional<String> movingTagAdvice(ImageName image) {
        Optional<String> tag = image.tag();
        if (tag.isEmpty() || isExact(image, tag.get())) {
            return Optional.empty();
        }
        String t = tag.get();
        Matcher mm = MAJOR_MINOR.matcher(t);
        if (mm.matches()) {
            return Optional.of("pin an exact patch version such as `" + mm.group(1) + mm.group(2) + "."
                    + mm.group(3) + ".x" + mm.group(4) + "`");
        }
        Matcher m = MAJOR.matcher(t);
        if (m.matches() && isOfficialPostgres(image)) {
            return Optional.of("pin an exact release such as `" + m.group(2) + ".x" + m.group(3) + "`");
        }
        if (m.matches()) {
            return Optional.of("pin an exact version such as `" + m.group(1) + m.group(2) + ".x.y" + m.group(3) + "`");
        }
        return Optional.of("pin an exact version or a digest");
    }

    /**
     * Whether the tag names one snapshot of a moving line: a date stamp ({@code nightly-20240501}),
     * a commit id ({@code main-sha-1a2b3c4}) or a build number ({@code edge-1234}).
     */
    public static boolean hasSnapshotStamp(String tag) {
        if (DATE_STAMP.matcher(tag).find()) {
            return true;
        }
        for (String component : COMPONENT_SEPARATOR.split(tag)) {
            if (isCommitId(component) || BUILD_NUMBER.matcher(component).matches()) {
                return true;
            }
        }
        return false;
    }

    public static boolean isExact(ImageName image, String tag) {
        if (FULL_VERSION.matcher(tag).find() || DATE_STAMP.matcher(tag).find()) {
            return true;
        }
        for (String component : COMPONENT_SEPARATOR.split(tag)) {
            if (isCommitId(component)) {
                return true;
            }
            if (BUILD_NUMBER.matcher(component).matches()) {
                return true;
            }
        }
        if (isOfficialPostgres(image)) {
            Matcher pg = POSTGRES_RELEASE.matcher(tag);
            if (pg.find() && pg.group(1).length() < 4 && Integer.parseInt(pg.group(1)) >= POSTGRES_MAJOR_MINOR_SINCE) {
                return true;
            }
        }
        boolean releaseNumbered = RELEASE_NUMBERED_REGISTRIES.contains(image.registry())
                || image.isDockerHub() && RELEASE_NUMBERED_IMAGES.contains(image.familiarName());
        return releaseNumbered && RELEASE_NUMBER.matcher(tag).find();
    }

    private static boolean isOfficialPostgres(ImageName image) {
        return image.isOfficialImage() && image.baseName().equals("postgres");
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
        if (!hasDigit(tag.get())) {
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
     */
    public static boolean isPlaceholder(String tag) {
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

    // Publishers that re-push `16`, `3.12` or `12.4` with every patch release.
    private static boolean publishesMovingVersionTags(ImageName image) {
        return image.isOfficialImage() || KnownImages.of(image).isPresent() || CudaImages.isNvidiaCuda(image)
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
        if (!COMMIT.matcher(component).matches()) {
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
