package dev.bulwark.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.TextRange;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.Reported;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleOptions;
import dev.bulwark.rules.RunnableRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages are short fragments naming the culprit; their exact wording is part of the output. */
class RuleMessagesTest {

    private static List<String> messages(Rule rule, String dockerfile) {
        return RunnableRules.run(rule, dockerfile).stream().map(Reported::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "python:3.12-slim | pin an exact patch version such as `3.12.x-slim`",
        "python:3 | pin an exact version such as `3.x.y`",
        "node:lts | pin an exact version or a digest",
        "golang:v1.22-alpine | pin an exact patch version such as `v1.22.x-alpine`",
        "postgres:16 | pin a release such as `16.x`",
        "postgres:9.6 | pin an exact patch version such as `9.6.x`",
        "debian:13-slim | pin a release such as `13.x-slim`",
        "debian:bookworm-slim | pin the release `12.x-slim`",
        "mcr.microsoft.com/azurelinux/base/core:3 | pin a release such as `3.x`",
        "gcr.io/distroless/static-debian12:nonroot | pin a digest, as its publisher tags no versions",
        "public.ecr.aws/lambda/python:3.12 | pin a digest, as AWS rebuilds the tag with every runtime update",
        "tensorflow/build:2.13-python3.9 | pin a digest, as its publisher tags only release lines",
        "public.ecr.aws/e2s1w5p1/ubuntu:bionic | pin an exact version or a digest"
    })
    void inexactTagAdvice(String image, String advice) {
        assertThat(messages(new InexactImageTag(), "FROM " + image + "\n"))
                .containsExactly("`" + image + "` is not an exact version: " + advice);
    }

    @Test
    void aShellFormEntrypointSaysItIgnoresTheCmd() {
        // GaNDLF (round 12): `ENTRYPOINT gandlf` with `CMD run` never runs `gandlf run`.
        assertThat(messages(new ShellFormCommand(), "FROM python:3.12.8-slim\nENTRYPOINT gandlf\nCMD [\"run\"]\n"))
                .containsExactly("`ENTRYPOINT` in shell form: it ignores the stage's CMD and any `docker run` arguments");
        assertThat(messages(new ShellFormCommand(), "FROM python:3.12.8-slim\nENTRYPOINT gandlf\n"))
                .containsExactly("`ENTRYPOINT` in shell form");
    }

    @Test
    void aShellThatRunsAnotherCommandSaysSo() {
        assertThat(messages(new ShellWithoutCommandFlag(), "FROM debian:12.6\nSHELL [\"/bin/bash\", \"-c\", \"source env.sh\"]\n"))
                .containsExactly("`/bin/bash` runs its first operand, not the RUN text, which becomes `$0`");
        assertThat(messages(new ShellWithoutCommandFlag(), "FROM debian:12.6\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\"]\n"))
                .containsExactly("`/bin/bash` without `-c` last");
        assertThat(messages(new ShellWithoutCommandFlag(), "FROM debian:12.6\nSHELL [\"/bin/bash\", \"-ceuxo\", \"pipefail\"]\n"))
                .isEmpty();
    }

    @Test
    void aptSubcommandsNameTheStableCommandThatExists() {
        // There is no `apt-get list` (issue 9 review): installed packages are dpkg-query's.
        assertThat(messages(new AptInsteadOfAptGet(), "FROM debian:12.5\nRUN apt list --installed\n"))
                .singleElement().asString().contains("dpkg-query -W").doesNotContain("use `apt-get`");
        assertThat(messages(new AptInsteadOfAptGet(), "FROM debian:12.5\nRUN apt show curl\n"))
                .containsExactly("`apt show`: use `apt-cache show`");
        assertThat(messages(new AptInsteadOfAptGet(), "FROM debian:12.5\nRUN apt install -y curl\n"))
                .containsExactly("`apt install`: use `apt-get`");
    }

    @Test
    void valuesOfSecretNamedVariablesAreMarkedForRedaction() {
        String dockerfile = "FROM python:3.12.8-slim\nARG HF_TOKEN=hf_notreal\nENV WANDB_API_KEY=abc123 PORT=80\nARG GITHUB_TOKEN\n";
        List<Reported> reported = RunnableRules.run(new SecretInArgOrEnv(), dockerfile);
        assertThat(reported).extracting(r -> r.secrets().stream().map(range -> range.textOf(dockerfile)).toList())
                .containsExactly(List.of("hf_notreal"), List.of("abc123"), List.of());
        assertThat(reported).extracting(Reported::message).noneMatch(m -> m.contains("hf_notreal") || m.contains("abc123"));
    }

    @Test
    void imagesFromArgDefaultsSayWhereTheyCameFrom() {
        assertThat(messages(new UntaggedImage(), "ARG BASE=python\nFROM ${BASE}\n"))
                .containsExactly("`python` (from `${BASE}`) has no tag, so it pulls `latest`");
        assertThat(messages(new LatestTag(), "FROM python:latest\n"))
                .containsExactly("`python:latest` uses the latest tag");
    }

    @Test
    void trustedRegistriesOptionReplacesTheDefaults() {
        String dockerfile = "FROM ghcr.io/org/app:1.0.0\nFROM registry.example.net/team/base:1.0.0\n";
        List<String> reported = new ArrayList<>();
        FindingSink sink = new FindingSink() {
            @Override
            public void report(TextRange range, String message) {
                reported.add(message);
            }

            @Override
            public void reportSecret(TextRange range, String message, List<TextRange> secrets) {
                reported.add(message);
            }
        };
        UntrustedRegistry rule = new UntrustedRegistry();
        RunnableRules.Parsed parsed = RunnableRules.Parsed.of("Dockerfile", dockerfile);
        rule.check(new DockerfileContext(parsed.model(), RuleOptions.resolve(rule,
                Map.of("trusted-registries", List.of("registry.example.net/team", "https://index.docker.io/")))), sink);
        assertThat(reported).containsExactly("`ghcr.io/org/app:1.0.0` comes from untrusted registry `ghcr.io`");
    }

    @Test
    void secretMessagesNameTheKindButNeverTheValue() {
        String token = "hf_" + "q7Rk2Lm9Xw4Zp1Bn8Vc3Td6Hs0Jf5Gy2Ua9K";
        List<Reported> findings = RunnableRules.run(new SecretValueInDockerfile(),
                "FROM python:3.12.4\n# token: " + token + "\nENV T=" + token + "\n");
        assertThat(findings).extracting(Reported::message).containsExactly(
                "Hugging Face token (`hf_…`) written in a comment", "Hugging Face token (`hf_…`) written in ENV");
        assertThat(findings).allSatisfy(f -> assertThat(f.secrets()).containsExactly(f.range()));
    }

    @Test
    void vendorDevelImagesNameTheirRuntimeCounterpart() {
        assertThat(messages(new CudaDevelImageInFinalStage(),
                "FROM intel/oneapi-basekit:2024.2.1-0-devel-ubuntu22.04\nCMD [\"app\"]\n")).containsExactly(
                "`intel/oneapi-basekit:2024.2.1-0-devel-ubuntu22.04` is a devel image in the final stage: "
                        + "`intel/oneapi-runtime:2024.2.1-0-devel-ubuntu22.04` exists");
        assertThat(messages(new CudaDevelImageInFinalStage(),
                "FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04\nCMD [\"app\"]\n")).containsExactly(
                "`nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04` is a devel image in the final stage: "
                        + "`nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04` exists");
    }

    @Test
    void rootUserAndHealthcheckMessages() {
        assertThat(messages(new RootUser(), "FROM python:3.12.4 AS app\nCMD [\"python\", \"serve.py\"]\n"))
                .containsExactly("final stage `app` has no USER and runs as root");
        assertThat(messages(new RootUser(), "FROM python:3.12.4\nCMD [\"python\", \"serve.py\"]\n"))
                .containsExactly("the final stage has no USER and runs as root");
        assertThat(messages(new MissingHealthcheck(), "FROM python:3.12.4\nCMD [\"tini\", \"--\", \"uvicorn\", \"a:b\"]\n"))
                .containsExactly("`uvicorn` serves, but the image has no HEALTHCHECK");
        assertThat(messages(new PipNoCacheDir(), "FROM python:3.12.4\nRUN sudo python3 -m pip install x\n"))
                .containsExactly("`pip install` without `--no-cache-dir`");
    }

    @Test
    void aptListsKeptForALaterInstallSaysToMerge() {
        assertThat(messages(new AptListsKept(), "FROM ubuntu:22.04\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends gcc\n"
                + "RUN apt-get install -y --no-install-recommends m4 && rm -rf /var/lib/apt/lists/*\n"))
                .containsExactly("`apt-get update` leaves /var/lib/apt/lists in the layer; the RUN at line 3 installs"
                        + " from these lists without its own update: merge it into this RUN and remove the lists there");
        assertThat(messages(new AptListsKept(), "FROM ubuntu:22.04\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends gcc\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends m4 && rm -rf /var/lib/apt/lists/*\n"))
                .containsExactly("`apt-get update` leaves /var/lib/apt/lists in the layer");
    }

    @Test
    void buildkitSyntaxNamesTheFeatureAndTheFrontendRelease() {
        assertThat(messages(new BuildkitSyntaxWithoutDirective(), "FROM python:3.12.4-slim\n"
                + "RUN --mount=type=secret,id=t,env=TOKEN true\n"))
                .containsExactly("`RUN --mount=type=secret,env=` needs Dockerfile frontend 1.10 (Docker Engine has 1.4"
                        + " built in since 23.0), but there is no `# syntax=` directive");
        assertThat(messages(new BuildkitSyntaxWithoutDirective(), "FROM python:3.12.4-slim\n"
                + "COPY --chmod=u+x run.sh /run.sh\n"))
                .containsExactly("`COPY --chmod=u+x` needs Dockerfile frontend 1.14 (Docker Engine has 1.4"
                        + " built in since 23.0), but there is no `# syntax=` directive");
    }

    @Test
    void cdIntoTheCurrentWorkdirIsRedundant() {
        assertThat(messages(new CdInsteadOfWorkdir(), "FROM python:3.12.4-slim\nWORKDIR /workspace\n"
                + "RUN cd /workspace && ./build.sh\n"))
                .containsExactly("`cd /workspace` is redundant: WORKDIR is already /workspace");
    }
}
