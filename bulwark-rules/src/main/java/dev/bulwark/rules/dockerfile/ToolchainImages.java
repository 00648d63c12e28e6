package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.AcceleratorImages;

import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.BaseImage;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import java.util.Map;
import java.util.Optional;

/**
 * Images that are toolchains: compilers and SDKs meant to build software, each with the image
 * its output usually runs on.
 */
final class ToolchainImages {
    // Official Docker Hub images, by name, with what to run the result on.
    private static final Map<String, String> OFFICIAL = Map.ofEntries(
            Map.entry("golang", "`gcr.io/distroless/static` or `scratch` for the built binary"),
            Map.entry("rust", "`gcr.io/distroless/cc` or `debian:*-slim` for the built binary"),
            Map.entry("gcc", "`debian:*-slim` or `gcr.io/distroless/cc` for the built binary"),
            Map.entry("maven", "an `eclipse-temurin:*-jre` image for the built jar"),
            Map.entry("gradle", "an `eclipse-temurin:*-jre` image for the built jar"),
            Map.entry("buildpack-deps", "the `-slim` image of the language runtime"),
            Map.entry("haskell", "`debian:*-slim` for the built binary"),
            Map.entry("swift", "a `swift:*-slim` image for the built binary"));
    // Other registries: repository path prefixes.
    private static final Map<String, String> OTHER = Map.of(
            "mcr.microsoft.com/dotnet/sdk", "`mcr.microsoft.com/dotnet/aspnet` or `dotnet/runtime`",
            "mcr.microsoft.com/dotnet/core/sdk", "`mcr.microsoft.com/dotnet/aspnet` or `dotnet/runtime`",
            "registry.access.redhat.com/ubi8/go-toolset", "`ubi8/ubi-micro` for the built binary",
            "registry.access.redhat.com/ubi9/go-toolset", "`ubi9/ubi-micro` for the built binary");

    private ToolchainImages() {
    }

    /** What to run on instead, when the image is a toolchain. */
    static Optional<String> runtimeAdvice(ImageName image) {
        if (image.isOfficialImage()) {
            return Optional.ofNullable(OFFICIAL.get(image.baseName()));
        }
        // PyPA's wheel-building images, one repository per platform (`manylinux2014_x86_64`).
        if (image.name().startsWith("quay.io/pypa/manylinux") || image.name().startsWith("quay.io/pypa/musllinux")) {
            return Optional.of("a `python:*-slim` image to install the built wheel on");
        }
        return Optional.ofNullable(OTHER.get(image.name()));
    }

    /**
     * Whether the final image is built on a toolchain or an accelerator vendor's development image
     * (CUDA {@code -devel}, ROCm, oneAPI, Gaudi, NGC frameworks; DF019 and DF022 report those that
     * have a smaller counterpart): build tools installed on top add nothing new.
     */
    static boolean finalRootIsToolchain(Stage finalStage) {
        BaseImage root = finalStage.rootBase();
        if (!(root instanceof ImageBase base) || !base.fullyResolved() || !(base.ref() instanceof ImageName name)) {
            return false;
        }
        return runtimeAdvice(name).isPresent() || AcceleratorImages.isDevel(name);
    }
}
