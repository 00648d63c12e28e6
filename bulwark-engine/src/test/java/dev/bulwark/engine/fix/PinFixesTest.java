package dev.bulwark.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.engine.ImageDiffersFromPin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins ({@code bulwark fix --pin}, BW005): each file before and after, byte for byte (line endings,
 * quotes, comments and the name as written kept), a second run that changes nothing, and what is
 * reported without a fix.
 */
class PinFixesTest {
    private static final List<Rule> RULES = BuiltinRules.all();
    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
    private static final List<String> PINS = List.of("python=3.12.8-slim-bookworm", "ghcr.io/astral-sh/uv=0.5.11",
            "nvidia/cuda=12.4.1-runtime-ubuntu22.04@" + DIGEST);

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                // An image from a global ARG is pinned at its default, once for every FROM using it;
                // the stage named `python` is a stage, and names like python's are other images.
                Arguments.of("Dockerfile",
                        "ARG BASE=\"python:3.11-slim\"\nFROM ${BASE} AS python\nRUN true\nFROM python AS app\n"
                                + "COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/\nFROM pythonx:3.1\nFROM ghcr.io/foo/python:3.1\n"
                                + "FROM $BASE\n",
                        "ARG BASE=\"python:3.12.8-slim-bookworm\"\nFROM ${BASE} AS python\nRUN true\nFROM python AS app\n"
                                + "COPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/\nFROM pythonx:3.1\nFROM ghcr.io/foo/python:3.1\n"
                                + "FROM $BASE\n"),
                // The name stays as written; an untagged image gets the tag; a digest pin writes both.
                Arguments.of("Dockerfile",
                        "FROM docker.io/library/python AS build\r\nFROM nvidia/cuda:12.1.0-base-ubuntu22.04 # comment\r\n",
                        "FROM docker.io/library/python:3.12.8-slim-bookworm AS build\r\n"
                                + "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04@" + DIGEST + " # comment\r\n"),
                // A reference that already holds its pin is left alone (a digest beside the pinned tag too).
                Arguments.of("Dockerfile",
                        "FROM python:3.12.8-slim-bookworm@" + DIGEST + "\nFROM python:3.12.8-slim-bookworm\n",
                        "FROM python:3.12.8-slim-bookworm@" + DIGEST + "\nFROM python:3.12.8-slim-bookworm\n"),
                // A tag pin does not replace a digest, nor a version written with a variable: reported, not fixed.
                Arguments.of("Dockerfile",
                        "ARG PY=3.11\nFROM python@" + DIGEST + "\nFROM python:${PY}-slim\n",
                        "ARG PY=3.11\nFROM python@" + DIGEST + "\nFROM python:${PY}-slim\n"),
                Arguments.of("compose.yaml",
                        "services:\n  api:\n    image: \"python:3.11\"   # the API\n  worker:\n    image: 'docker.io/python'\n"
                                + "  built:\n    build: .\n    image: python:dev\n",
                        "services:\n  api:\n    image: \"python:3.12.8-slim-bookworm\"   # the API\n"
                                + "  worker:\n    image: 'docker.io/python:3.12.8-slim-bookworm'\n"
                                + "  built:\n    build: .\n    image: python:dev\n"),
                // Multi-document manifest with CRLF: containers, init containers, every pod template.
                Arguments.of("deploy.yaml",
                        "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a\r\nspec:\r\n  initContainers:\r\n"
                                + "    - name: init\r\n      image: python:3.9\r\n  containers:\r\n    - name: app\r\n"
                                + "      image: ghcr.io/astral-sh/uv  # tool\r\n---\r\napiVersion: batch/v1\r\nkind: CronJob\r\n"
                                + "metadata:\r\n  name: b\r\nspec:\r\n  schedule: \"0 * * * *\"\r\n  jobTemplate:\r\n    spec:\r\n"
                                + "      template:\r\n        spec:\r\n          containers:\r\n            - name: c\r\n"
                                + "              image: docker.io/library/python:3.8\r\n",
                        "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a\r\nspec:\r\n  initContainers:\r\n"
                                + "    - name: init\r\n      image: python:3.12.8-slim-bookworm\r\n  containers:\r\n    - name: app\r\n"
                                + "      image: ghcr.io/astral-sh/uv:0.5.11  # tool\r\n---\r\napiVersion: batch/v1\r\nkind: CronJob\r\n"
                                + "metadata:\r\n  name: b\r\nspec:\r\n  schedule: \"0 * * * *\"\r\n  jobTemplate:\r\n    spec:\r\n"
                                + "      template:\r\n        spec:\r\n          containers:\r\n            - name: c\r\n"
                                + "              image: docker.io/library/python:3.12.8-slim-bookworm\r\n"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void pinsRewriteOnlyTheVersionOfThePinnedImages(String name, String before, String after)
            throws IOException, ConfigException {
        FixOutcome first = fix(name, before);
        assertThat(first.fixed().getOrDefault(name, before)).isEqualTo(after);
        assertThat(first.dropped()).isEmpty();
        assertThat(first.applied()).allSatisfy(f -> assertThat(f.rule().code()).isEqualTo("BW005"));
        assertThat(fix(name, after).fixed()).as("a second run changes nothing").isEmpty();
    }

    @Test
    void whatCannotBePinnedWithoutGuessingIsReportedWithoutAFix() throws IOException, ConfigException {
        FixOutcome outcome = fix("Dockerfile", "ARG PY=3.11\nFROM python@" + DIGEST + "\nFROM python:${PY}-slim\n");
        List<String> messages = new ArrayList<>();
        for (Finding f : outcome.after().findings()) {
            assertThat(f.fix().exists()).isFalse();
            messages.add(f.location().line() + " " + f.message());
        }
        assertThat(messages).containsExactly(
                "2 `python@" + DIGEST + "` is pinned by digest, so bulwark cannot tell whether it is "
                        + "`python:3.12.8-slim-bookworm` (pin python=3.12.8-slim-bookworm): give the pin a digest "
                        + "(python=3.12.8-slim-bookworm@sha256:...) to replace it",
                "3 `python:3.11-slim` is not the pinned `python:3.12.8-slim-bookworm`, and takes its version from a"
                        + " variable: change it by hand");
    }

    @Test
    void aDigestPinReplacesADigestAndDropsATagItCannotVouchFor() throws IOException, ConfigException {
        String other = "sha256:" + "f".repeat(64);
        FixOutcome outcome = fix("Dockerfile", "FROM python:3.11@" + other + "\n", "python@" + DIGEST);
        assertThat(outcome.fixed().get("Dockerfile")).isEqualTo("FROM python@" + DIGEST + "\n");
    }

    @Test
    void withoutPinsNothingIsReported() throws IOException, ConfigException {
        FixOutcome outcome = fix("Dockerfile", "FROM python:3.11\n", new String[0]);
        assertThat(outcome.before().findings()).isEmpty();
    }

    /**
     * The examples of BW005's page, under the pin the page shows. A diagnostic's examples cannot
     * claim bad/good (RuleDocsTest), so they are read in page order: the first is flagged and
     * fixed, the second left alone.
     */
    @Test
    void theRulePageExamplesRun() throws IOException, ConfigException {
        List<String> examples = new ArrayList<>();
        try (InputStream in = ImageDiffersFromPin.class.getResourceAsStream("ImageDiffersFromPin.md")) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int at = page.indexOf("```dockerfile\n");
            while (at >= 0) {
                int start = at + "```dockerfile\n".length();
                examples.add(page.substring(start, page.indexOf("```", start)));
                at = page.indexOf("```dockerfile\n", start);
            }
        }
        assertThat(examples).hasSize(2);
        FixOutcome flagged = fix("Dockerfile", examples.get(0), "python=3.12.8-slim-bookworm");
        assertThat(flagged.before().findings()).as(examples.get(0)).isNotEmpty();
        assertThat(flagged.fixed().get("Dockerfile")).as(examples.get(0)).contains("python:3.12.8-slim-bookworm");
        assertThat(fix("Dockerfile", examples.get(1), "python=3.12.8-slim-bookworm").before().findings())
                .as(examples.get(1)).isEmpty();
    }

    private FixOutcome fix(String name, String text) throws IOException, ConfigException {
        return fix(name, text, PINS.toArray(new String[0]));
    }

    private FixOutcome fix(String name, String text, String... pins) throws IOException, ConfigException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Settings settings = new ConfigLoader(RULES).apply(Settings.defaults(),
                SettingsOverride.none().withSelect(List.of("BW005")).withPins(List.of(pins)));
        return new Fixer(reader -> new Auditor(RULES, 1, reader), new InputReader(), false)
                .fix(List.of(Input.file(name, file)), settings);
    }
}
