package dev.bulwark.dockerfile.syntax;

import static dev.bulwark.dockerfile.syntax.Fixtures.messages;
import static dev.bulwark.dockerfile.syntax.Fixtures.only;
import static dev.bulwark.dockerfile.syntax.Fixtures.parse;
import static dev.bulwark.dockerfile.syntax.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.Dockerfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec 1.8 (instructions and flags), 1.12 (case sensitivity), 1.14 (hard errors). */
class InstructionChecksTest {

    private static List<String> problemsOf(String text) {
        return messages(parse(text));
    }

    @Test
    void spec1_8_fromWordCountAndStageName() {
        assertThat(problemsOf("FROM\n")).containsExactly("FROM requires either one or three arguments");
        assertThat(problemsOf("FROM a b\n")).containsExactly("FROM requires either one or three arguments");
        assertThat(problemsOf("FROM a to b\n")).containsExactly("FROM requires either one or three arguments");
        assertThat(problemsOf("FROM a AS b c\n")).containsExactly("FROM requires either one or three arguments");
        assertThat(problemsOf("FROM a as 1st\n")).containsExactly(
                "invalid name for build stage: \"1st\", name can't start with a number or contain symbols");
        assertThat(problemsOf("FROM a AS My-Stage_1.x\n")).isEmpty();
        Dockerfile file = parse("FROM --platform=$BUILDPLATFORM a AS Build\n");
        FromInstruction from = only(file, FromInstruction.class);
        assertThat(from.platform().orElseThrow().valueOrEmpty()).isEqualTo("$BUILDPLATFORM");
        assertThat(from.stageNameLower()).contains("build");
    }

    @Test
    void spec1_11_aBaseNameThatIsNoStageMustBeAnImage() {
        assertThat(problemsOf("FROM DEV_IMAGE\nFROM IMAGE_BASE\n")).as("BuildKit stops at the first").containsExactly(
                "failed to parse stage name \"DEV_IMAGE\": invalid reference format: repository name "
                        + "(library/DEV_IMAGE) must be lowercase");
        assertThat(problemsOf("FROM Ubuntu:22.04\n")).containsExactly("failed to parse stage name \"Ubuntu:22.04\": "
                + "invalid reference format: repository name (library/Ubuntu) must be lowercase");
        // A stage is found by its lower-case name only (moby/buildkit#2003), `scratch` as written.
        assertThat(problemsOf("FROM alpine:3.20 AS TEST\nFROM TEST\n")).singleElement().asString()
                .endsWith("must be lowercase (did you mean test?)");
        assertThat(problemsOf("FROM SCRATCH\n")).singleElement().asString().endsWith("(did you mean scratch?)");
        assertThat(problemsOf("ARG BASE_IMAGE=alpine:3.20\nFROM BASE_IMAGE\n")).singleElement().asString()
                .endsWith("(did you mean $BASE_IMAGE?)");
        assertThat(problemsOf("FROM alpine:3.20 AS Build\nFROM build\nFROM scratch\nFROM nvcr.io/nvidia/pytorch:24.01-PY3\n"))
                .isEmpty();
        assertThat(problemsOf("ARG BASE_IMAGE\nFROM $BASE_IMAGE\nFROM ${BASE_IMAGE}\nFROM \"${BASE_IMAGE}\"\n")).isEmpty();
        // A FROM with a problem of its own keeps that one.
        assertThat(problemsOf("FROM DEV_IMAGE as 1st\n")).containsExactly(
                "invalid name for build stage: \"1st\", name can't start with a number or contain symbols");
    }

    @Test
    void spec1_8_runMounts() {
        Dockerfile file = parse("FROM a\nRUN --mount=type=cache,target=/root/.cache,sharing=locked,id=pip "
                + "--mount=type=secret,id=tok,env=TOKEN,required --mount=target=/src,rw pip install x\n");
        List<Mount> mounts = only(file, RunInstruction.class).mounts();
        assertThat(mounts).extracting(Mount::type).containsExactly("cache", "secret", "bind");
        assertThat(mounts.get(0).isCache()).isTrue();
        assertThat(mounts.get(0).target()).contains("/root/.cache");
        assertThat(mounts.get(0).sharing()).contains("locked");
        assertThat(mounts.get(0).readOnly()).isFalse();
        assertThat(mounts.get(1).isSecret()).isTrue();
        assertThat(mounts.get(1).id()).contains("tok");
        assertThat(mounts.get(1).env()).contains("TOKEN");
        assertThat(mounts.get(1).required()).isTrue();
        assertThat(mounts.get(1).readOnly()).isTrue();
        assertThat(mounts.get(2).readOnly()).isFalse();
        assertThat(slice(file, mounts.get(1).range())).startsWith("--mount=type=secret");
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void spec1_8_mountErrors() {
        assertThat(problemsOf("FROM a\nRUN --mount=type=volume,target=/x x\n"))
                .containsExactly("unsupported mount type \"volume\"");
        assertThat(problemsOf("FROM a\nRUN --mount=type=cache,targt=/x x\n"))
                .containsExactly("unexpected key 'targt' in 'targt=/x' (did you mean target?)");
        assertThat(problemsOf("FROM a\nRUN --mount=type=cache,foo x\n"))
                .containsExactly("invalid field 'foo' must be a key=value pair");
        assertThat(problemsOf("FROM a\nRUN --mount=type=cache,target=/x,sharing=bad x\n"))
                .containsExactly("unsupported sharing value \"bad\"");
        assertThat(problemsOf("FROM a\nRUN --mount=type=bind,target=/x,sharing=shared x\n"))
                .containsExactly("invalid cache sharing set for bind mount");
        assertThat(problemsOf("FROM a\nRUN --mount=type=secret,id=a,from=b x\n"))
                .containsExactly("secret mount should not have a from");
        assertThat(problemsOf("FROM a\nRUN --mount=type=bind,from=$STAGE,target=/x x\n"))
                .containsExactly("'from' doesn't support variable expansion, define alias stage instead");
        assertThat(problemsOf("FROM a\nRUN --mount=type=cache,target=/x,mode=0999 x\n"))
                .containsExactly("invalid value 0999 for mode");
        assertThat(problemsOf("FROM a\nRUN --mount=type=bind,required x\n"))
                .containsExactly("unexpected key 'required' for mount type 'bind'");
        assertThat(problemsOf("FROM a\nRUN --mount=type=tmpfs,target=/t,size=64m x\n")).isEmpty();
        assertThat(problemsOf("FROM a\nRUN --mount=type=cache,target=/x,size=64m x\n"))
                .containsExactly("unexpected key 'size' for mount type 'cache'");
        assertThat(problemsOf("FROM a\nRUN --mount=type=ssh,src=x x\n")).containsExactly("ssh does not support source");
        assertThat(problemsOf("FROM a\nRUN --mount=type=secret,id=a,src=b x\n"))
                .containsExactly("both source and id can't be set");
        assertThat(problemsOf("FROM a\nRUN --mount=type=cache,target=\"/x x\" x\n")).isEmpty();
        assertThat(problemsOf("FROM a\nRUN --mount='type=cache,target=a\"b' x\n"))
                .containsExactly("failed to parse csv mounts: bare \" in non-quoted-field");
        assertThat(problemsOf("FROM a\nRUN --mount= x\n")).hasSize(1);
    }

    @Test
    void spec1_8_networkAndSecurity() {
        assertThat(problemsOf("FROM a\nRUN --network=none --security=insecure x\n")).isEmpty();
        assertThat(problemsOf("FROM a\nRUN --network=None x\n")).containsExactly("unsupported network mode \"None\"");
        assertThat(problemsOf("FROM a\nRUN --security=strict x\n")).containsExactly("security \"strict\" is not valid");
        assertThat(only(parse("FROM a\nRUN --network=host x\n"), RunInstruction.class).network()).contains("host");
    }

    @Test
    void spec1_8_copyAndAdd() {
        assertThat(problemsOf("FROM a\nCOPY onlyone\n")).containsExactly(
                "COPY requires at least two arguments, but only one was provided. Destination could not be determined.");
        assertThat(problemsOf("FROM a\nADD\n")).hasSize(1);
        assertThat(problemsOf("FROM a\nCOPY --from=$X a b\n")).containsExactly(
                "variable expansion is not supported for --from, define alias stage instead");
        assertThat(problemsOf("FROM a\nADD --checksum=sha256:abc --keep-git-dir --unpack=false --exclude=*.md "
                + "--chmod=755 --chown=a:b --link https://x/y.tgz /z\n")).isEmpty();
        assertThat(problemsOf("FROM a\nADD --parents a b\n")).containsExactly("unknown flag: --parents");
        assertThat(problemsOf("FROM a\nCOPY --parents --from=0 a b\n")).isEmpty();
    }

    @Test
    void spec1_8_healthcheck() {
        assertThat(problemsOf("FROM a\nHEALTHCHECK\n")).containsExactly("HEALTHCHECK requires at least one argument");
        assertThat(problemsOf("FROM a\nHEALTHCHECK CMD\n")).containsExactly("Missing command after HEALTHCHECK CMD");
        assertThat(problemsOf("FROM a\nHEALTHCHECK CMD []\n")).containsExactly("Missing command after HEALTHCHECK CMD");
        assertThat(problemsOf("FROM a\nHEALTHCHECK CONNECT x\n"))
                .containsExactly("Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)");
        assertThat(problemsOf("FROM a\nHEALTHCHECK NONE x\n")).containsExactly("HEALTHCHECK NONE takes no arguments");
        assertThat(problemsOf("FROM a\nHEALTHCHECK --interval=1m30s --timeout=300ms --start-period=0 "
                + "--start-interval=1.5s --retries=0 cmd true\n")).isEmpty();
        assertThat(problemsOf("FROM a\nHEALTHCHECK --interval=10 CMD true\n"))
                .containsExactly("time: invalid duration \"10\"");
        assertThat(problemsOf("FROM a\nHEALTHCHECK --timeout=500us CMD true\n"))
                .containsExactly("Interval \"timeout\" cannot be less than 1ms");
        assertThat(problemsOf("FROM a\nHEALTHCHECK --retries=-1 CMD true\n"))
                .containsExactly("--retries cannot be negative (-1)");
        assertThat(problemsOf("FROM a\nHEALTHCHECK --retries=x CMD true\n")).hasSize(1);
        assertThat(problemsOf("FROM a\nHEALTHCHECK --retries=99999999999 CMD true\n")).hasSize(1);
        assertThat(problemsOf("FROM a\nHEALTHCHECK --interval=5s --interval=6s CMD true\n"))
                .containsExactly("duplicate flag specified: --interval");
    }

    @Test
    void spec1_8_onbuildTriggers() {
        assertThat(problemsOf("FROM a\nONBUILD ONBUILD RUN x\n"))
                .containsExactly("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
        assertThat(problemsOf("FROM a\nONBUILD FROM b\n")).containsExactly("FROM isn't allowed as an ONBUILD trigger");
        assertThat(problemsOf("FROM a\nonbuild maintainer me\n"))
                .containsExactly("MAINTAINER isn't allowed as an ONBUILD trigger");
        assertThat(problemsOf("FROM a\nONBUILD\n")).containsExactly("ONBUILD requires at least one argument");
        // The trigger's own checks run only in the downstream build; its JSON shape is checked now.
        assertThat(problemsOf("FROM a\nONBUILD FOO x\nONBUILD COPY --bogus a b\n")).isEmpty();
        assertThat(problemsOf("FROM a\nONBUILD CMD [1]\n")).containsExactly(
                "when using JSON array syntax, arrays must be comprised of strings only");
    }

    @Test
    void spec1_8_volumeAndExpose() {
        assertThat(problemsOf("FROM a\nVOLUME [\"/a\", \"\"]\n")).containsExactly("VOLUME specified can not be an empty string");
        assertThat(problemsOf("FROM a\nVOLUME\n")).containsExactly("VOLUME requires at least one argument");
        assertThat(problemsOf("FROM a\nEXPOSE\n")).containsExactly("EXPOSE requires at least one argument");
    }

    @Test
    void spec1_12_caseSensitivity() {
        Dockerfile file = parse("from a As b\nhealthcheck cmd true\nrun --mount=TYPE=Cache,Target=/x x\n");
        assertThat(file.problems()).isEmpty();
        assertThat(only(file, RunInstruction.class).mounts().get(0).type()).isEqualTo("cache");
        assertThat(problemsOf("FROM a\nRUN --Mount=type=cache x\n")).containsExactly("unknown flag: --Mount (did you mean mount?)");
    }

    @Test
    void spec1_14_onlyArgBeforeTheFirstFrom() {
        assertThat(problemsOf("ARG A=1\n# c\nFROM a\n")).isEmpty();
        Dockerfile file = parse("ARG A\nRUN x\nFROM a\nRUN y\n");
        assertThat(messages(file)).containsExactly("no build stage in current context");
        // A fragment without FROM fails at its first instruction, as BuildKit stops there.
        assertThat(problemsOf("ENV A=1\nRUN x\nCOPY . /app\nCMD [\"x\"]\n"))
                .containsExactly("no build stage in current context");
        assertThat(slice(file, file.problems().get(0).range())).isEqualTo("RUN");
    }

    @Test
    void spec1_14_parsingGoesOnAfterAProblem() {
        Dockerfile file = parse("FROM a\nCOPY x\nSHELL sh\nRUN echo ok\nRUNN y\nUSER u\n");
        assertThat(file.problems()).hasSize(3);
        assertThat(file.instructions()).extracting(Instruction::keyword)
                .containsExactly("FROM", "COPY", "SHELL", "RUN", "RUNN", "USER");
    }

    @Test
    void instructionRangeExcludesTheFinalNewline() {
        Dockerfile file = parse("FROM a\nRUN a \\\n  b\n\nUSER x");
        assertThat(file.instructions()).extracting(i -> slice(file, i.range()))
                .containsExactly("FROM a", "RUN a \\\n  b", "USER x");
    }
}
