package dev.bulwark.rules.images;

import dev.bulwark.core.Splits;
import dev.bulwark.dockerfile.image.ImageName;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The GPU and accelerator vendors' images, read the way their publishers name them: whether an
 * image is a development image (compilers, headers, static libraries: {@code nvidia/cuda:*-devel},
 * {@code rocm/dev-*}, Intel's oneAPI toolkits, Habana's Gaudi PyTorch installers, NVIDIA NGC and
 * AWS Deep Learning Container training images) and, when the publisher also has a smaller image
 * for running what was built, which one. The rules that know CUDA ask here, so ROCm, Intel,
 * Habana, NGC and AWS images are understood wherever {@code nvidia/cuda} is.
 */
public final class AcceleratorImages {
    // Intel's oneAPI toolkits, all with compilers; `oneapi-runtime` holds the runtime libraries.
    private static final Set<String> ONEAPI_TOOLKITS = Set.of("intel/oneapi-basekit", "intel/oneapi-hpckit",
            "intel/oneapi-aikit", "intel/oneapi-dlfdkit", "intel/oneapi-iotkit", "intel/oneapi-renderkit");
    // ROCm's framework images carry the whole ROCm development stack.
    private static final Set<String> ROCM_FRAMEWORKS = Set.of("rocm/pytorch", "rocm/tensorflow", "rocm/jax",
            "rocm/vllm", "rocm/rocm-terminal");
    // NGC's framework containers ship the CUDA toolkit, compilers and headers.
    private static final Set<String> NGC_FRAMEWORKS = Set.of("nvcr.io/nvidia/pytorch", "nvcr.io/nvidia/tensorflow",
            "nvcr.io/nvidia/jax", "nvcr.io/nvidia/nemo", "nvcr.io/nvidia/cuda-dl-base");

    /** How much of a toolkit an image carries, and what to run on instead. */
    public enum Flavor { BASE, RUNTIME, DEVEL, UNKNOWN }

    /**
     * A vendor image: its flavour and, for a development image whose publisher also has a
     * runtime image of the same release, that image (as a full reference to suggest).
     */
    public record AcceleratorImage(ImageName image, Flavor flavor, Optional<String> runtimeCounterpart) {
        public boolean isDevel() {
            return flavor == Flavor.DEVEL;
        }
    }

    private AcceleratorImages() {
    }

    /** The vendor reading of an image; empty for an image of no known accelerator publisher. */
    public static Optional<AcceleratorImage> of(ImageName image) {
        String tag = image.tag().orElse("").toLowerCase(Locale.ROOT);
        String name = image.familiarName();
        if (CudaImages.isNvidiaCuda(image) || CudaImages.isPytorch(image)) {
            Flavor flavor = cudaFlavor(tag);
            // Both publish `-runtime` beside every `-devel` tag of a release.
            Optional<String> runtime = flavor == Flavor.DEVEL && CudaImages.of(image).orElseThrow().version().isPresent()
                    ? Optional.of(name + ":" + TagShapes.develToRuntime(image.tag().orElseThrow()))
                    : Optional.empty();
            return Optional.of(new AcceleratorImage(image, flavor, runtime));
        }
        if (ONEAPI_TOOLKITS.contains(name)) {
            // The runtime image uses the toolkits' tags (`2024.2.1-0-devel-ubuntu22.04`).
            return Optional.of(new AcceleratorImage(image, Flavor.DEVEL,
                    Optional.of("intel/oneapi-runtime" + (image.tag().isPresent() ? ":" + image.tag().get() : ""))));
        }
        if (name.equals("intel/oneapi-runtime")) {
            return Optional.of(new AcceleratorImage(image, Flavor.RUNTIME, Optional.empty()));
        }
        boolean rocmDev = name.startsWith("rocm/dev-") || ROCM_FRAMEWORKS.contains(name);
        boolean habana = image.registry().equals("vault.habana.ai") && image.path().startsWith("gaudi-docker/");
        boolean awsTraining = image.registry().endsWith(".amazonaws.com") && image.baseName().endsWith("-training");
        if (rocmDev || habana || NGC_FRAMEWORKS.contains(name) || awsTraining) {
            return Optional.of(new AcceleratorImage(image, Flavor.DEVEL, Optional.empty()));
        }
        return Optional.empty();
    }

    /** Whether the image is a development image of an accelerator vendor. */
    public static boolean isDevel(ImageName image) {
        Optional<AcceleratorImage> vendor = of(image);
        return vendor.isPresent() && vendor.get().isDevel();
    }

    /** The flavour NVIDIA's and PyTorch's tags name: {@code 12.4.1-cudnn-devel-ubuntu22.04} is DEVEL. */
    public static Flavor cudaFlavor(String tag) {
        for (String part : Splits.onEachOf(tag, TagPrecision.COMPONENT_SEPARATORS)) {
            switch (part) {
                case "devel":
                    return Flavor.DEVEL;
                case "runtime":
                    return Flavor.RUNTIME;
                case "base":
                    return Flavor.BASE;
                default:
                    break;
            }
        }
        return Flavor.UNKNOWN;
    }
}
