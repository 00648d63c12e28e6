package dev.bulwark.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import dev.bulwark.engine.TestRules;
import dev.bulwark.engine.pin.ImagePin;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code pins:} in {@code .bulwark.yaml} and {@code --pin}: what is read, and the errors (exit 2) with their places. */
class PinsConfigTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);
    private final ConfigLoader loader = new ConfigLoader(TestRules.all());

    @TempDir
    Path tmp;

    private Settings parse(String yaml) throws ConfigException {
        return loader.parse(new SourceText(".bulwark.yaml", yaml), tmp);
    }

    private ConfigException error(String yaml) {
        try {
            parse(yaml);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException for:\n" + yaml);
    }

    private static ImageName ref(String text) {
        return (ImageName) ImageReference.parse(text);
    }

    private static Optional<String> pinOf(Settings s, String reference) {
        Optional<ImagePin> pin = s.pins().of(ref(reference));
        return pin.isPresent() ? Optional.of(pin.get().suffix()) : Optional.empty();
    }

    @Test
    void pinsAreReadByNormalisedName() throws ConfigException {
        Settings s = parse("pins:\n  python: 3.12.8-slim-bookworm\n  nvidia/cuda: 12.4.1-runtime-ubuntu22.04@" + DIGEST
                + "\n  localhost:5000/team/base: \"@" + DIGEST + "\"\n  ghcr.io/astral-sh/uv: 0.5.11\n");
        assertThat(pinOf(s, "docker.io/library/python:3.11")).contains(":3.12.8-slim-bookworm");
        assertThat(pinOf(s, "library/python")).contains(":3.12.8-slim-bookworm");
        assertThat(pinOf(s, "nvidia/cuda:12.1.0-base-ubuntu22.04")).contains(":12.4.1-runtime-ubuntu22.04@" + DIGEST);
        assertThat(pinOf(s, "localhost:5000/team/base:1")).contains("@" + DIGEST);
        assertThat(pinOf(s, "pythonx:3.11")).isEmpty();
        assertThat(pinOf(s, "ghcr.io/foo/python:3.11")).isEmpty();
        assertThat(pinOf(s, "localhost:5001/team/base:1")).isEmpty();
    }

    @Test
    void aYamlNumberIsReadAsWritten() throws ConfigException {
        assertThat(pinOf(parse("pins:\n  python: 3.10\n"), "python")).contains(":3.10");
    }

    @Test
    void noPinsWithoutTheKey() throws ConfigException {
        assertThat(parse("fail-on: error\n").pins().isEmpty()).isTrue();
        assertThat(parse("pins:\n").pins().isEmpty()).isTrue();
    }

    static Stream<Arguments> invalidPins() {
        return Stream.of(
                Arguments.of("pins: [python]", 1, 7, "`pins` must be a mapping"),
                Arguments.of("pins:\n  python:3.12: slim", 2, 3, "in `pins`: `python:3.12` names a version: the image is pinned without one (python: 3.12)"),
                Arguments.of("pins:\n  python: latest", 2, 11, "cannot be pinned to `latest`"),
                Arguments.of("pins:\n  python: 3.12 slim", 2, 11, "in `pins`: `3.12 slim` is not a tag or digest for `python`"),
                Arguments.of("pins:\n  python: sha256:abc", 2, 11, "is not a tag or digest for `python`"),
                Arguments.of("pins:\n  Python: 3.12", 2, 3, "in `pins`: `Python` is not an image name"),
                Arguments.of("pins:\n  python:", 2, 10, "the pin of `python` must be a single value"),
                Arguments.of("pins:\n  python: 3.12.8\n  docker.io/library/python: 3.12.7", 3, 3, "`pins` names the image `docker.io/library/python` twice (also at line 2)"));
    }

    @ParameterizedTest
    @MethodSource("invalidPins")
    void invalidPinsAreErrorsAtTheirPlace(String yaml, int line, int column, String message) {
        ConfigException e = error(yaml);
        assertThat(e.detail()).contains(message);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
    }

    @Test
    void theCommandLinePinsOverTheFile() throws ConfigException {
        Settings file = parse("pins:\n  python: 3.12.7\n  node: 22.12.0\n");
        Settings s = loader.apply(file, SettingsOverride.none().withPins(List.of("python=3.12.8-slim",
                "nvidia/cuda@" + DIGEST + ",ghcr.io/astral-sh/uv:0.5.11")));
        assertThat(pinOf(s, "python")).contains(":3.12.8-slim");
        assertThat(pinOf(s, "node")).contains(":22.12.0");
        assertThat(pinOf(s, "nvidia/cuda:12")).contains("@" + DIGEST);
        assertThat(pinOf(s, "ghcr.io/astral-sh/uv")).contains(":0.5.11");
        assertThat(pinOf(loader.apply(file, SettingsOverride.none()), "python")).contains(":3.12.7");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "python| `python` is not a pin: write IMAGE=TAG, IMAGE=TAG@DIGEST or IMAGE@DIGEST",
            "python=| the pin of `python` is empty",
            "python:latest| cannot be pinned to `latest`",
            "=3.12| `` is not an image name",
    })
    void aBadPinOnTheCommandLineIsAUsageError(String spec, String message) {
        try {
            loader.apply(Settings.defaults(), SettingsOverride.none().withPins(List.of(spec)));
            throw new AssertionError("expected an error for --pin " + spec);
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith("command line: --pin " + spec + ": ").contains(message);
        }
    }
}
