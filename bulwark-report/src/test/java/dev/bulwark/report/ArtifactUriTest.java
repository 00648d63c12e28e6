package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArtifactUriTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dockerfile|Dockerfile",
        "docker/Dockerfile.gpu|docker/Dockerfile.gpu",
        "my project/Dockerfile|my%20project/Dockerfile",
        "modèles/Dockerfile|mod%C3%A8les/Dockerfile",
        "-|-",
        "a:b/Dockerfile|a%3Ab/Dockerfile",
        "100%/x#y?z|100%25/x%23y%3Fz",
        "../up/Dockerfile|../up/Dockerfile",
        "/abs/x y|file:///abs/x%20y",
        "C:/work/Dockerfile|file:///C:/work/Dockerfile",
        "emoji\uD83D\uDE00|emoji%F0%9F%98%80",
    })
    void encodesPerRfc3986(String path, String expected) {
        assertThat(ArtifactUri.of(path)).isEqualTo(expected);
    }

    @SeededProperty(cases = 300)
    void relativePathsRoundTripThroughJavaNetUri(long seed) throws URISyntaxException {
        SeededInputs in = SeededInputs.of(seed);
        String path;
        do {
            path = in.stringOfRanges(255, new char[] {' ', '\u00a0', '\u4e00'}, new char[] {'~', '\u00ff', '\u4e10'}, "\t");
        } while (ArtifactUri.isAbsolute(path));
        URI uri = new URI(ArtifactUri.of(path));
        assertThat(uri.isAbsolute()).isFalse();
        assertThat(uri.getPath()).isEqualTo(path);
    }
}
