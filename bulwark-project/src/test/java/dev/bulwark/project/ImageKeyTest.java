package dev.bulwark.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageKeyTest {

    @Test
    void dropsRegistryHostTagAndDigest() {
        assertThat(ImageKey.of("ghcr.io/acme/api:1.2")).contains(new ImageKey("acme/api", Optional.of("1.2")));
        assertThat(ImageKey.of("localhost:5000/acme/api@sha256:abc")).contains(new ImageKey("acme/api", Optional.empty()));
        assertThat(ImageKey.of("docker.io/library/python:3.12")).contains(new ImageKey("python", Optional.of("3.12")));
        assertThat(ImageKey.of("\"Acme/API\"")).contains(new ImageKey("acme/api", Optional.empty()));
    }

    @Test
    void aVariableTagIsUnknownAndAVariableRegistryIsDropped() {
        assertThat(ImageKey.of("acme/api:${TAG}")).contains(new ImageKey("acme/api", Optional.empty()));
        assertThat(ImageKey.of("acme/api:${TAG:-latest}")).contains(new ImageKey("acme/api", Optional.empty()));
        assertThat(ImageKey.of("${REGISTRY}/acme/api:${{ github.sha }}")).contains(new ImageKey("acme/api", Optional.empty()));
    }

    @Test
    void aVariableInTheRepositoryLeavesNothingToCompare() {
        assertThat(ImageKey.of("acme/${IMAGE}:1.0")).isEmpty();
        assertThat(ImageKey.of("${IMAGE}")).isEmpty();
        assertThat(ImageKey.of("")).isEmpty();
    }

    @Test
    void tagsMatchWhenEqualOrNotBothKnown() {
        ImageKey one = ImageKey.of("acme/api:1.0").orElseThrow();
        assertThat(one.mayBe(ImageKey.of("ghcr.io/acme/api:1.0").orElseThrow())).isTrue();
        assertThat(one.mayBe(ImageKey.of("acme/api").orElseThrow())).isTrue();
        assertThat(one.mayBe(ImageKey.of("acme/api:2.0").orElseThrow())).isFalse();
        assertThat(one.mayBe(ImageKey.of("acme/worker:1.0").orElseThrow())).isFalse();
    }
}
