package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.BaseImage;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an image tag says about CUDA: the toolkit version and the flavour ({@code base},
 * {@code runtime}, {@code devel}) of NVIDIA's {@code nvidia/cuda} images and of
 * {@code pytorch/pytorch}, and the version other images spell in their tag ({@code cuda12.1},
 * {@code cu124}).
 */
public final class CudaImages {
    /**
     * A CUDA image. {@code publisher} is true for {@code nvidia/cuda} and {@code pytorch/pytorch},
     * whose tag conventions (and published variants) are known.
     */
    public record CudaImage(ImageName image, Optional<CudaVersion> version, AcceleratorImages.Flavor flavor,
                     boolean nvidiaCuda, boolean pytorch) {
        public boolean publisher() {
            return nvidiaCuda || pytorch;
        }
    }

    /** A CUDA version as far as it is written: {@code 12}, {@code 12.4}, {@code 12.4.1}. */
    public record CudaVersion(int major, Optional<Integer> minor, Optional<Integer> patch) {
        public static CudaVersion of(int major, Integer minor) {
            return new CudaVersion(major, Optional.ofNullable(minor), Optional.empty());
        }

        /** Whether the two certainly differ: majors differ, or both minors are known and differ. */
        public boolean conflictsWith(CudaVersion other) {
            if (major != other.major) {
                return true;
            }
            return minor.isPresent() && other.minor.isPresent() && !minor.get().equals(other.minor.get());
        }

        public String display() {
            return major + dotted(minor) + dotted(patch);
        }

        private static String dotted(Optional<Integer> part) {
            return part.isPresent() ? "." + part.get() : "";
        }
    }

    // The last patch release NVIDIA published an nvidia/cuda image for, per minor line, so a
    // message can name the exact tag to pin. Lines not listed get a generic `X.Y.z` suggestion.
    public static final Map<String, String> LATEST_PATCH = Map.ofEntries(
            Map.entry("11.0", "11.0.3"), Map.entry("11.1", "11.1.1"), Map.entry("11.2", "11.2.2"),
            Map.entry("11.3", "11.3.1"), Map.entry("11.4", "11.4.3"), Map.entry("11.5", "11.5.2"),
            Map.entry("11.6", "11.6.2"), Map.entry("11.7", "11.7.1"), Map.entry("11.8", "11.8.0"),
            Map.entry("12.0", "12.0.1"), Map.entry("12.1", "12.1.1"), Map.entry("12.2", "12.2.2"),
            Map.entry("12.3", "12.3.2"), Map.entry("12.4", "12.4.1"), Map.entry("12.5", "12.5.1"),
            Map.entry("12.6", "12.6.3"), Map.entry("12.8", "12.8.1"), Map.entry("12.9", "12.9.1"));

    private static final List<String> NVIDIA_CUDA_PATHS = List.of("nvidia/cuda");

    private CudaImages() {
    }

    public static boolean isNvidiaCuda(ImageName image) {
        boolean registry = image.isDockerHub() || image.registry().equals("nvcr.io");
        return registry && NVIDIA_CUDA_PATHS.contains(image.path());
    }

    public static boolean isPytorch(ImageName image) {
        return image.isDockerHub() && image.path().equals("pytorch/pytorch");
    }

    /** The CUDA reading of an image; empty when nothing in its name or tag says CUDA. */
    public static Optional<CudaImage> of(ImageName image) {
        String tag = image.tag().orElse("").toLowerCase(Locale.ROOT);
        if (isNvidiaCuda(image)) {
            String[] m = TagShapes.nvidiaVersion(tag);
            Optional<CudaVersion> version = Optional.empty();
            if (m != null) {
                version = Optional.of(new CudaVersion(Integer.parseInt(m[0]), number(m[1]), number(m[2])));
            }
            return Optional.of(new CudaImage(image, version, AcceleratorImages.cudaFlavor(tag), true, false));
        }
        Optional<CudaVersion> version = versionInTag(tag);
        if (isPytorch(image)) {
            return Optional.of(new CudaImage(image, version, AcceleratorImages.cudaFlavor(tag), false, true));
        }
        if (version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CudaImage(image, version, AcceleratorImages.cudaFlavor(tag), false, false));
    }

    // An optional regex group of digits.
    private static Optional<Integer> number(String digits) {
        return digits == null ? Optional.empty() : Optional.of(Integer.valueOf(digits));
    }

    /** The CUDA image at the root of a stage's {@code FROM} chain, when its name is known. */
    public static Optional<CudaImage> ofStage(Stage stage) {
        BaseImage root = stage.rootBase();
        if (root instanceof ImageBase base && base.fullyResolved() && base.ref() instanceof ImageName name) {
            return of(name);
        }
        return Optional.empty();
    }

    /** {@code cuda12.1}, {@code cuda-12.1}, {@code cuda9}, {@code cu124} in a tag. */
    public static Optional<CudaVersion> versionInTag(String tag) {
        String[] m = TagShapes.cudaVersion(tag);
        if (m != null) {
            return Optional.of(CudaVersion.of(Integer.parseInt(m[0]), m[1] == null ? null : Integer.valueOf(m[1])));
        }
        String cu = TagShapes.cuDigits(tag);
        if (cu != null) {
            return Optional.of(fromCuDigits(cu));
        }
        return Optional.empty();
    }

    /** PyTorch's wheel tags: {@code 118} is 11.8, {@code 124} is 12.4, {@code 92} is 9.2, {@code 12} is 12. */
    public static CudaVersion fromCuDigits(String digits) {
        // `cu11`, `cu12` (flash-attn's wheels) name a major version only.
        if (digits.length() == 2 && digits.charAt(0) == '1') {
            return CudaVersion.of(Integer.parseInt(digits), null);
        }
        int split = digits.length() - 1;
        return CudaVersion.of(Integer.parseInt(digits.substring(0, split)),
                Integer.valueOf(digits.substring(split)));
    }

}
