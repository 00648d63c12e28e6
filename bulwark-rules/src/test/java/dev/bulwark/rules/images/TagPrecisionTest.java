package dev.bulwark.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"postgres:16.6", "postgres:10.23-alpine", "postgres:17.2-bookworm", "ubuntu:22.04",
            "redis:7.2.5", "nvcr.io/nvidia/pytorch:24.05-py3", "minio/minio:RELEASE.2024-05-28T17-19-04Z",
            "public.ecr.aws/ubuntu/ubuntu:18.04", "public.ecr.aws/e2s1w5p1/ubuntu:16.04", "quay.io/centos/centos:7.9"})
    void exactTags(String text) {
        ImageName image = image(text);
        assertThat(TagPrecision.isExact(image, image.tag().orElseThrow())).isTrue();
        assertThat(TagPrecision.movingReason(image)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgres:16|is not an exact version: pin a release such as `16.x`",
            "postgres:16-alpine|is not an exact version: pin a release such as `16.x-alpine`",
            "postgres:9.6|is not an exact version: pin an exact patch version such as `9.6.x`",
            "redis:7.2|is not an exact version: pin an exact patch version such as `7.2.x`",
            "nginx:stable|names no version",
            "leogao2/gpt-neox:main|follows the `main` channel",
            "pgvector/pgvector:pg16|is not an exact version: pin an exact version or a digest"})
    void movingTags(String text, String reason) {
        assertThat(TagPrecision.movingReason(image(text))).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghcr.io/acme/app:v2", "redis:latest", "redis", "ghcr.io/chroma-core/chroma:CHROMA_VERSION",
            "redis:7.2@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void notJudgedHere(String text) {
        assertThat(TagPrecision.movingReason(image(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"CHROMA_VERSION, true", "TAG, true", "VERSION_2, true", "v2, false", "Latest, false", "GPU-1, false",
            "ab, false"})
    void placeholders(String tag, boolean placeholder) {
        assertThat(TagPrecision.isPlaceholder(tag)).isEqualTo(placeholder);
    }
}
