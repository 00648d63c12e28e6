package dev.bulwark.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import org.junit.jupiter.api.Test;

class TagPrecisionTest {

    private static ImageName image(String reference) {
        return (ImageName) ImageReference.parse(reference);
    }

    private static boolean exact(String reference) {
        ImageName i = image(reference);
        return TagPrecision.isExact(i, i.tag().orElseThrow());
    }

    @Test
    void postgresReleasesSinceTenHaveTwoParts() {
        assertThat(exact("postgres:16.6")).isTrue();
        assertThat(exact("postgres:14.5-alpine")).isTrue();
        assertThat(exact("postgres:14.7-alpine3.17")).isTrue();
        assertThat(exact("postgres:16")).as("the major line moves").isFalse();
        assertThat(exact("postgres:16-alpine")).isFalse();
        assertThat(exact("postgres:9.6")).as("9.6 was a major line; 9.6.24 the release").isFalse();
        assertThat(exact("postgres:9.6.24")).isTrue();
        assertThat(exact("mysql:8.0")).as("other images keep x.y.z releases").isFalse();
        assertThat(exact("myorg/postgres:16.6")).as("only the official image").isFalse();
    }

    @Test
    void officialImagesAreKnownByName() {
        assertThat(OfficialImages.isOfficial(image("postgres:16.6"))).isTrue();
        assertThat(OfficialImages.isOfficial(image("docker.io/library/busybox"))).isTrue();
        assertThat(OfficialImages.isOfficial(image("bitnami/postgresql:16"))).isFalse();
        assertThat(OfficialImages.isLocalBuildName(image("chroma-postgres"))).isTrue();
        assertThat(OfficialImages.isLocalBuildName(image("gateway-plugins:latest"))).isTrue();
        assertThat(OfficialImages.isLocalBuildName(image("nginx"))).isFalse();
        assertThat(OfficialImages.isLocalBuildName(image("ghcr.io/acme/app"))).isFalse();
    }
}
