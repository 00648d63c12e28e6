package dev.bulwark.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebianRecommendsTest {

    // Each recommends, directly or through a dependency, a package that is not already there.
    @ParameterizedTest
    @ValueSource(strings = {"git", "curl", "wget", "python3-pip", "build-essential", "gnupg", "ffmpeg",
            "software-properties-common", "vim", "cmake"})
    void packagesThatBringRecommendations(String name) {
        assertThat(DebianRecommends.bringsRecommendations(name)).isTrue();
    }

    // Nothing recommended (round 3 of the issue 9 review checked these by hand), or not a Debian package.
    @ParameterizedTest
    @ValueSource(strings = {"pv", "bzip2", "pbzip2", "cabextract", "libgl1-mesa-dev", "libb64-dev", "unzip", "jq",
            "make", "libgl1", "libsm6", "tzdata", "ca-certificates", "cuda-toolkit-12-4", "libcudnn8", "no-such-package"})
    void packagesThatBringNothing(String name) {
        assertThat(DebianRecommends.bringsRecommendations(name)).isFalse();
    }
}
