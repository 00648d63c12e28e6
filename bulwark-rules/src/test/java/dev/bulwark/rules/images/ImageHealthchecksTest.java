package dev.bulwark.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageHealthchecksTest {

    private static Optional<Boolean> declares(String image) {
        return ImageHealthchecks.declares((ImageName) ImageReference.parse(image));
    }

    @Test
    void knownImagesAnswerAndOthersAreUnknown() {
        assertThat(declares("quay.io/jupyter/base-notebook:2024-07-29")).hasValue(true);
        assertThat(declares("jupyter/scipy-notebook")).hasValue(true);
        assertThat(declares("localai/localai:v2.19.4")).hasValue(true);
        assertThat(declares("postgres:16.4")).hasValue(false);
        assertThat(declares("docker.io/library/redis:7")).hasValue(false);
        assertThat(declares("qdrant/qdrant:v1.11.0")).hasValue(false);
        assertThat(declares("ghcr.io/acme/api:1.0.0")).isEmpty();
        assertThat(declares("minio/minio")).isEmpty();
    }

    @Test
    void serviceImagesThatLackCurl() {
        assertThat(BaseImageTools.has((ImageName) ImageReference.parse("qdrant/qdrant:v1.11.0"), "curl")).hasValue(false);
        assertThat(BaseImageTools.has((ImageName) ImageReference.parse("qdrant/qdrant:v1.11.0-gpu-nvidia"), "curl")).isEmpty();
        assertThat(BaseImageTools.has((ImageName) ImageReference.parse("ollama/ollama:0.3.6"), "curl")).hasValue(false);
        assertThat(BaseImageTools.has((ImageName) ImageReference.parse("ollama/ollama:0.3.6-rocm"), "curl")).isEmpty();
        assertThat(BaseImageTools.has((ImageName) ImageReference.parse("semitechnologies/weaviate:1.26.1"), "wget"))
                .hasValue(true);
        assertThat(BaseImageTools.has((ImageName) ImageReference.parse("semitechnologies/weaviate:1.26.1"), "curl"))
                .hasValue(false);
    }
}
