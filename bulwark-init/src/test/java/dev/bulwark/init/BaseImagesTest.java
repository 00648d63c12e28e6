package dev.bulwark.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the tables of {@link BaseImages} and {@link ActionPins} honest without a network: every
 * tag follows its registry's naming scheme and says what the table claims (the Python or CUDA
 * release of its row), every action is pinned to a full commit SHA of a release tag, and the
 * README says how to update them.
 */
class BaseImagesTest {

    @Test
    void pythonRowsNameTheReleaseTheirTagsShip() {
        for (BaseImages.PythonRelease r : BaseImages.PYTHON) {
            assertThat(r.version()).as(r.minor()).matches("3\\.\\d+\\.\\d+").startsWith(r.minor() + ".");
            assertThat(r.builder().repository()).isEqualTo("python");
            assertThat(r.runtime().repository()).isEqualTo("python");
            // Docker Hub's scheme: VERSION-DEBIAN for the full image, VERSION-slim-DEBIAN for the slim one.
            assertThat(r.builder().tag()).isEqualTo(r.version() + "-bookworm");
            assertThat(r.runtime().tag()).isEqualTo(r.version() + "-slim-bookworm");
            assertThat(r.builder().pinnedByDigest()).isFalse();
        }
        assertThat(BaseImages.python(BaseImages.DEFAULT_PYTHON)).isPresent();
    }

    @Test
    void cudaRowsNameTheReleaseTheirRuntimeTagsShip() {
        for (BaseImages.CudaRelease r : BaseImages.CUDA) {
            assertThat(r.runtime().repository()).isEqualTo("nvidia/cuda");
            // nvidia/cuda's scheme: MAJOR.MINOR.PATCH-runtime-ubuntuYY.04 (no cuDNN: the wheels bring theirs).
            assertThat(r.runtime().tag()).matches("\\d+\\.\\d+\\.\\d+-runtime-ubuntu\\d\\d\\.04")
                    .startsWith(r.minor() + ".");
        }
        assertThat(BaseImages.cuda(BaseImages.DEFAULT_CUDA)).isPresent();
        assertThat(BaseImages.cuda("12.4.1")).isEqualTo(BaseImages.cuda("12.4"));
        assertThat(BaseImages.cuda("12.5")).isEmpty();
    }

    @Test
    void otherImagesAndToolsFollowTheirSchemes() {
        assertThat(BaseImages.UV.tag()).matches("\\d+\\.\\d+\\.\\d+").isEqualTo(BaseImages.UV_VERSION);
        assertThat(BaseImages.TRITON.tag()).matches("\\d\\d\\.\\d\\d-py3");
        assertThat(BaseImages.TORCHSERVE_CPU.tag()).matches("\\d+\\.\\d+\\.\\d+-cpu");
        assertThat(BaseImages.TORCHSERVE_GPU.tag()).isEqualTo(BaseImages.TORCHSERVE_CPU.tag().replace("-cpu", "-gpu"));
        assertThat(BaseImages.POETRY_VERSION).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(BaseImages.PYTEST_VERSION).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void actionsArePinnedToFullCommitShasOfReleaseTags() {
        for (ActionPins.Action a : ActionPins.ALL) {
            assertThat(a.name()).matches("[a-z0-9-]+/[a-z0-9-]+");
            assertThat(a.commit()).as(a.name()).matches("[0-9a-f]{40}");
            assertThat(a.tag()).as(a.name()).matches("v\\d+\\.\\d+\\.\\d+");
        }
    }

    @Test
    void theReadmeSaysHowToUpdateTheTables() throws IOException {
        Path readme = Path.of(System.getProperty("bulwark.root", "..")).resolve("README.md");
        String text = Files.readString(readme);
        assertThat(text).contains("BaseImages.java").contains("ActionPins.java").contains("imagetools inspect");
    }
}
