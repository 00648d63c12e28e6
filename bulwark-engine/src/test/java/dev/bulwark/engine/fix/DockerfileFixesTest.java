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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each Dockerfile fix, run the way {@code bulwark fix --unsafe-fixes --select CODE} runs it: the
 * file before, the file after (every other byte kept), a second run that changes nothing, and
 * the rule silent on the result. A case whose "after" equals its "before" is one the rule reports
 * but must not repair.
 */
class DockerfileFixesTest {
    private static final List<Rule> RULES = BuiltinRules.all();

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("DF012", "FROM debian:12.8\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
                        "FROM debian:12.8\nRUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*\n"),
                Arguments.of("DF011", "FROM debian:12.8\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
                        "FROM debian:12.8\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"),
                Arguments.of("DF011", "FROM debian:12.8\r\nRUN apt-get update \\\r\n  && apt-get install -y --no-install-recommends curl  # tools\r\nCMD [\"bash\"]\r\n",
                        "FROM debian:12.8\r\nRUN apt-get update \\\r\n  && apt-get install -y --no-install-recommends curl \\\r\n  && rm -rf /var/lib/apt/lists/*  # tools\r\nCMD [\"bash\"]\r\n"),
                Arguments.of("DF011", "FROM debian:12.8\nRUN --mount=type=cache,target=/root/.cache true\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
                        "FROM debian:12.8\nRUN --mount=type=cache,target=/root/.cache true\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl\n"),
                // A later RUN reads these lists: removing them would break it, so no fix.
                Arguments.of("DF011", "FROM debian:12.8\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN apt-get install -y --no-install-recommends git\n",
                        "FROM debian:12.8\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN apt-get install -y --no-install-recommends git\n"),
                Arguments.of("DF014", "FROM python:3.12.8-slim\nRUN pip install -r requirements.txt\n",
                        "FROM python:3.12.8-slim\nRUN pip install --no-cache-dir -r requirements.txt\n"),
                Arguments.of("DF112", "FROM debian:12.8\nRUN apt update && apt install -y curl\nRUN apt search curl\n",
                        "FROM debian:12.8\nRUN apt-get update && apt-get install -y curl\nRUN apt search curl\n"),
                Arguments.of("DF015", "FROM python:3.12.8-slim\nADD --chown=1000 app.py /app/\nadd model.tar.gz /m/\nADD --checksum=sha256:abc app2.py /app/\n",
                        "FROM python:3.12.8-slim\nCOPY --chown=1000 app.py /app/\nadd model.tar.gz /m/\nADD --checksum=sha256:abc app2.py /app/\n"),
                Arguments.of("DF015", "from python:3.12.8-slim\nadd app.py /app/\n",
                        "from python:3.12.8-slim\ncopy app.py /app/\n"),
                Arguments.of("DF093", "FROM python:3.12.8-slim\n# who\nMAINTAINER Jane \"JD\" Doe <jd@example.org>\n",
                        "FROM python:3.12.8-slim\n# who\nLABEL maintainer=\"Jane \\\"JD\\\" Doe <jd@example.org>\"\n"),
                Arguments.of("DF088", "FROM python:3.12.8-slim\nRUN true\nrun true\nWorkdir /app\n",
                        "FROM python:3.12.8-slim\nRUN true\nRUN true\nWORKDIR /app\n"),
                Arguments.of("DF087", "FROM python:3.12.8-slim as build\nfrom build AS final\n",
                        "FROM python:3.12.8-slim AS build\nfrom build as final\n"),
                Arguments.of("DF108", "FROM python:3.12.8-slim\nENV APP_HOME /srv/app\nENV GREETING hello world\nLABEL  description  a \"quoted\" text\n",
                        "FROM python:3.12.8-slim\nENV APP_HOME=/srv/app\nENV GREETING=\"hello world\"\nLABEL  description  a \"quoted\" text\n"),
                // Blanks around `=`: the legacy value is `= "1.0"`; the fix writes the value meant.
                Arguments.of("DF108", "FROM python:3.12.8-slim\nLABEL version = \"1.0\"\n",
                        "FROM python:3.12.8-slim\nLABEL version=\"1.0\"\n"),
                Arguments.of("DF096", "FROM python:3.12.8-slim\nWORKDIR ./app\n",
                        "FROM python:3.12.8-slim\nWORKDIR /app\n"),
                // The base image's working directory is not known: no fix.
                Arguments.of("DF096", "FROM example.org/team/base:1.2.3\nWORKDIR app\n",
                        "FROM example.org/team/base:1.2.3\nWORKDIR app\n"),
                Arguments.of("DF092", "FROM python:3.12.8-slim\nCMD python -m http.server 8000   \n",
                        "FROM python:3.12.8-slim\nCMD [\"python\", \"-m\", \"http.server\", \"8000\"]   \n"),
                Arguments.of("DF092", "FROM python:3.12.8-slim\nCMD python app.py --port $PORT\n",
                        "FROM python:3.12.8-slim\nCMD python app.py --port $PORT\n"),
                Arguments.of("DF092", "FROM python:3.12.8-slim\nCMD python app.py && echo done\n",
                        "FROM python:3.12.8-slim\nCMD python app.py && echo done\n"),
                Arguments.of("DF085", "\uFEFFFROM python:3.12.8-slim\nCOPY --exclude=*.pyc . /app\n",
                        "\uFEFF# syntax=docker/dockerfile:1\nFROM python:3.12.8-slim\nCOPY --exclude=*.pyc . /app\n"),
                Arguments.of("DF111", "FROM debian:12.8\n    # fetch it\n    RUN curl -fsSL https://example.org/x | sha256sum\nRUN wget -qO- https://example.org/y | sha256sum\n",
                        "FROM debian:12.8\n    SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n    # fetch it\n    RUN curl -fsSL https://example.org/x | sha256sum\nRUN wget -qO- https://example.org/y | sha256sum\n"),
                Arguments.of("DF006", "FROM python:3.12.8-slim\nRUN useradd --create-home app\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n",
                        "FROM python:3.12.8-slim\nRUN useradd --create-home app\nUSER app\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n"),
                Arguments.of("DF084", "FROM python:3.12.8-slim\n# start\nCMD [\"python\", \"app.py\"]\n",
                        "FROM python:3.12.8-slim\nENV PYTHONUNBUFFERED=1\n# start\nCMD [\"python\", \"app.py\"]\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void fixesTheFileKeepingEveryOtherByteAndASecondRunChangesNothing(String code, String before, String after)
            throws IOException, ConfigException {
        Settings settings = new ConfigLoader(RULES).apply(Settings.defaults(),
                SettingsOverride.none().withSelect(List.of(code)));
        FixOutcome first = fix(before, settings);
        assertThat(first.before().findings()).extracting(f -> f.rule().code()).as("the rule fires").contains(code);
        assertThat(first.fixed().getOrDefault("Dockerfile", before)).isEqualTo(after);
        assertThat(first.dropped()).isEmpty();
        assertThat(first.converged()).isTrue();
        if (!after.equals(before)) {
            assertThat(first.applied()).extracting(f -> f.rule().code()).containsOnly(code);
            assertThat(first.after().findings()).extracting(Finding::message)
                    .as("the fixed findings are gone").doesNotContainAnyElementsOf(messages(first.applied()));
        }
        FixOutcome second = fix(after, settings);
        assertThat(second.fixed()).as("a second run changes nothing").isEmpty();
        assertThat(second.applied()).isEmpty();
    }

    private FixOutcome fix(String text, Settings settings) throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, text);
        return new Fixer(reader -> new Auditor(RULES, 1, reader), new InputReader(), true)
                .fix(List.of(Input.file("Dockerfile", file)), settings);
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }
}
