package dev.bulwark.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest
    @CsvSource({
            "legacy/**, legacy/Dockerfile, true",
            "legacy/**, legacy/a/b/Dockerfile, true",
            "legacy/**, other/legacy/Dockerfile, false",
            "legacy, legacy/Dockerfile, true",
            "legacy, a/legacy/Dockerfile, true",
            "legacy, legacyx/Dockerfile, false",
            "/legacy, a/legacy/Dockerfile, false",
            "**/Dockerfile.*, a/b/Dockerfile.gpu, true",
            "**/Dockerfile.*, Dockerfile.gpu, true",
            "**/Dockerfile.*, Dockerfile, false",
            "*.Dockerfile, x/api.Dockerfile, true",
            "services/*/Dockerfile, services/a/Dockerfile, true",
            "services/*/Dockerfile, services/a/b/Dockerfile, false",
            "Dockerfile.?pu, Dockerfile.gpu, true",
            "Dockerfile.[cg]pu, Dockerfile.cpu, true",
            "Dockerfile.[!cg]pu, Dockerfile.cpu, false",
            "'{api,web}/Dockerfile', web/Dockerfile, true",
            "'{api,web}/Dockerfile', db/Dockerfile, false",
            "./docker/**, docker/Dockerfile, true",
            "a.b, axb, false",
    })
    void matches(String glob, String path, boolean expected) {
        assertThat(Glob.of(glob).matches(path)).as("%s ~ %s", glob, path).isEqualTo(expected);
    }
}
