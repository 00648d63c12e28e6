package dev.bulwark.init;

import java.util.List;
import java.util.Optional;

/**
 * The exact base image tags init writes, and the tool versions its files install. Nothing here is
 * looked up at run time: init works offline, and a tag is only ever one a person chose.
 *
 * <p>To update (README, "Starting a project"): pick the newest tag of each repository from its
 * registry page (Docker Hub {@code python} and {@code nvidia/cuda}, {@code ghcr.io/astral-sh/uv},
 * NGC {@code tritonserver}, Docker Hub {@code pytorch/torchserve}), keeping the naming scheme
 * {@code BaseImagesTest} checks, and run the init tests, which audit every generated setup.
 */
public final class BaseImages {

    /** A Python release: the full image for the builder and the slim one for the runtime, same interpreter. */
    public record PythonRelease(String minor, String version, ImageRef builder, ImageRef runtime) {
    }

    /** A CUDA release and its runtime image (no compiler, no headers: what the framework wheels need at run time). */
    public record CudaRelease(String minor, ImageRef runtime) {
    }

    public static final List<PythonRelease> PYTHON = List.of(
            python("3.11", "3.11.11"),
            python("3.12", "3.12.8"),
            python("3.13", "3.13.1"));
    public static final String DEFAULT_PYTHON = "3.12";

    public static final List<CudaRelease> CUDA = List.of(
            new CudaRelease("11.8", ImageRef.of("nvidia/cuda", "11.8.0-runtime-ubuntu22.04")),
            new CudaRelease("12.1", ImageRef.of("nvidia/cuda", "12.1.1-runtime-ubuntu22.04")),
            new CudaRelease("12.4", ImageRef.of("nvidia/cuda", "12.4.1-runtime-ubuntu22.04")),
            new CudaRelease("12.6", ImageRef.of("nvidia/cuda", "12.6.3-runtime-ubuntu22.04")));
    /** The CUDA release of PyTorch's default Linux wheels and of the TensorFlow and JAX CUDA 12 extras. */
    public static final String DEFAULT_CUDA = "12.4";

    /** uv's distroless image: the static {@code uv} binary, copied into builder stages. */
    public static final ImageRef UV = ImageRef.of("ghcr.io/astral-sh/uv", "0.5.11");
    public static final ImageRef TRITON = ImageRef.of("nvcr.io/nvidia/tritonserver", "24.08-py3");
    public static final ImageRef TORCHSERVE_CPU = ImageRef.of("pytorch/torchserve", "0.12.0-cpu");
    public static final ImageRef TORCHSERVE_GPU = ImageRef.of("pytorch/torchserve", "0.12.0-gpu");

    /** Tools the generated files install with pip, pinned like everything else. */
    public static final String UV_VERSION = "0.5.11";
    public static final String POETRY_VERSION = "1.8.5";
    public static final String PYTEST_VERSION = "8.3.4";

    private BaseImages() {
    }

    private static PythonRelease python(String minor, String version) {
        return new PythonRelease(minor, version, ImageRef.of("python", version + "-bookworm"),
                ImageRef.of("python", version + "-slim-bookworm"));
    }

    public static Optional<PythonRelease> python(String minor) {
        for (PythonRelease release : PYTHON) {
            if (release.minor().equals(minor)) {
                return Optional.of(release);
            }
        }
        return Optional.empty();
    }

    /** The release for {@code 12.4} or {@code 12.4.1}. */
    public static Optional<CudaRelease> cuda(String version) {
        for (CudaRelease release : CUDA) {
            if (version.equals(release.minor()) || release.runtime().tag().startsWith(version + "-")) {
                return Optional.of(release);
            }
        }
        return Optional.empty();
    }

    /** The minor versions the table knows, for messages: {@code 11.8, 12.1, 12.4, 12.6}. */
    public static String cudaMinors() {
        StringBuilder out = new StringBuilder();
        for (CudaRelease release : CUDA) {
            out.append(out.length() == 0 ? "" : ", ").append(release.minor());
        }
        return out.toString();
    }
}
