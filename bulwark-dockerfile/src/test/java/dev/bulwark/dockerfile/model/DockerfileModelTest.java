package dev.bulwark.dockerfile.model;

import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.InvalidImageReference;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DockerfileModelTest {

    static DockerfileModel model(String text) {
        return DockerfileModel.of(DockerfileParser.parse(new SourceText("Dockerfile", text)));
    }

    /** The n-th instruction (0-based) of the whole file. */
    static Instruction at(DockerfileModel model, int n) {
        return model.file().instructions().get(n);
    }

    static Optional<String> value(Map<String, Variable> vars, String name) {
        Variable v = vars.get(name);
        return v == null ? Optional.empty() : v.value();
    }

    @Test
    void argScopingAcrossStages() {
        DockerfileModel m = model("""
                ARG BASE=python:3.12-slim
                ARG VERSION=1.0
                FROM ${BASE} AS builder
                RUN echo before
                ARG VERSION
                ENV APP_VERSION=$VERSION
                RUN echo $VERSION
                FROM builder AS test
                RUN echo $APP_VERSION
                FROM python:3.12-slim
                RUN echo $VERSION
                """);
        assertThat(m.stages()).hasSize(3);
        assertThat(m.globalArgs()).containsOnlyKeys("BASE", "VERSION");
        assertThat(m.globalArgs().get("BASE").value()).contains("python:3.12-slim");

        Map<String, Variable> atFrom = m.variablesAt(at(m, 2));
        assertThat(atFrom).containsKeys("BASE", "VERSION", "TARGETARCH", "BUILDPLATFORM");
        assertThat(atFrom).doesNotContainKey("HTTP_PROXY");

        // spec 1.10: a global ARG is invisible in the stage until re-declared
        Map<String, Variable> before = m.variablesAt(at(m, 3));
        assertThat(before).doesNotContainKeys("VERSION", "BASE", "TARGETARCH");
        assertThat(before.get("HTTP_PROXY").kind()).isEqualTo(Variable.Kind.PREDEFINED);
        assertThat(m.expand(at(m, 3), "v=${VERSION:-none}").text()).isEqualTo("v=none");

        Map<String, Variable> atEnv = m.variablesAt(at(m, 5));
        assertThat(atEnv.get("VERSION").value()).contains("1.0");
        assertThat(atEnv.get("VERSION").kind()).isEqualTo(Variable.Kind.ARG);
        assertThat(atEnv.get("VERSION").declaredBy()).containsSame(at(m, 4));

        Map<String, Variable> atRun = m.variablesAt(at(m, 6));
        assertThat(atRun.get("APP_VERSION").value()).contains("1.0");
        assertThat(atRun.get("APP_VERSION").kind()).isEqualTo(Variable.Kind.ENV);

        // spec 1.10: ARG and ENV carry into a stage built FROM this one
        Map<String, Variable> child = m.variablesAt(at(m, 8));
        assertThat(value(child, "VERSION")).contains("1.0");
        assertThat(value(child, "APP_VERSION")).contains("1.0");

        // ...but not into an unrelated stage
        Map<String, Variable> unrelated = m.variablesAt(at(m, 10));
        assertThat(unrelated).doesNotContainKeys("VERSION", "APP_VERSION");
        assertThat(m.expand(at(m, 10), "$VERSION").undefined()).containsExactly("VERSION");
    }

    @Test
    void envSeesValuesFromBeforeTheInstruction() {
        DockerfileModel m = model("""
                FROM alpine
                ENV abc=hello
                ENV abc=bye def=$abc
                ENV ghi=$abc
                RUN true
                """);
        Map<String, Variable> vars = m.variablesAt(at(m, 4));
        assertThat(value(vars, "abc")).contains("bye");
        assertThat(value(vars, "def")).contains("hello");
        assertThat(value(vars, "ghi")).contains("bye");
    }

    @Test
    void envQuotesAreRemovedAndLegacyFormIsKept() {
        DockerfileModel m = model("""
                FROM alpine
                ENV A="x y" B='$A' C=$A
                ENV LEGACY some value
                RUN true
                """);
        Map<String, Variable> vars = m.variablesAt(at(m, 3));
        assertThat(value(vars, "A")).contains("x y");
        assertThat(value(vars, "B")).contains("$A");
        // spec 1.9: C sees A from before the instruction, where it is unset
        assertThat(value(vars, "C")).contains("");
        assertThat(value(vars, "LEGACY")).contains("some value");
    }

    @Test
    void argDefaultsExpandAndEnvWinsOverArg() {
        DockerfileModel m = model("""
                ARG A=1
                ARG B=${A}2
                FROM alpine
                ARG C=3
                ARG D=${C}4
                ENV X=env
                ARG X=arg
                ARG B
                ARG NOVALUE
                RUN true
                """);
        assertThat(m.globalArgs().get("B").value()).contains("12");
        Map<String, Variable> vars = m.variablesAt(at(m, 9));
        assertThat(value(vars, "D")).contains("34");
        assertThat(vars.get("X").kind()).isEqualTo(Variable.Kind.ENV);
        assertThat(value(vars, "X")).contains("env");
        assertThat(value(vars, "B")).contains("12");
        assertThat(vars.get("NOVALUE").value()).isEmpty();
        assertThat(m.expand(at(m, 9), "[$NOVALUE]").text()).isEqualTo("[]");
    }

    @Test
    void unknownValuesPropagateThroughDefaults() {
        DockerfileModel m = model("""
                ARG REGISTRY
                ARG TAG=1.0
                ARG IMAGE=${REGISTRY}/app:${TAG}
                ARG KNOWN=python:${TAG}
                FROM ${IMAGE} AS a
                FROM ${KNOWN}
                ARG IMAGE
                ENV FULL=$IMAGE-x PATH=/opt/bin:$PATH
                ENV DONE=${TAG:-none}
                RUN true
                """);
        assertThat(m.globalArgs().get("REGISTRY").resolved()).isFalse();
        assertThat(m.globalArgs().get("TAG").resolved()).isTrue();
        assertThat(m.globalArgs().get("IMAGE").value()).contains("/app:1.0");
        assertThat(m.globalArgs().get("IMAGE").resolved()).isFalse();
        assertThat(m.globalArgs().get("KNOWN").resolved()).isTrue();
        ImageBase a = (ImageBase) m.stages().get(0).base();
        assertThat(a.resolvedText()).isEqualTo("/app:1.0");
        assertThat(a.fullyResolved()).isFalse();
        assertThat(((ImageBase) m.stages().get(1).base()).fullyResolved()).isTrue();
        Map<String, Variable> vars = m.variablesAt(at(m, 9));
        assertThat(vars.get("IMAGE").resolved()).isFalse();
        assertThat(vars.get("FULL").value()).contains("/app:1.0-x");
        assertThat(vars.get("FULL").resolved()).isFalse();
        assertThat(vars.get("PATH").value()).contains("/opt/bin:");
        assertThat(vars.get("PATH").resolved()).isFalse();
        // TAG was not re-declared in the stage: the default is what the build sees, but TAG is unknown here
        assertThat(vars.get("DONE").value()).contains("none");
        assertThat(vars.get("DONE").resolved()).isFalse();
    }

    @Test
    void platformArgsNeedADeclarationInsideAStage() {
        DockerfileModel m = model("""
                FROM --platform=$BUILDPLATFORM golang:1.22 AS build
                RUN echo $TARGETARCH
                ARG TARGETARCH
                RUN echo $TARGETARCH
                """);
        assertThat(m.variablesAt(at(m, 1))).doesNotContainKey("TARGETARCH");
        Variable declared = m.variablesAt(at(m, 3)).get("TARGETARCH");
        assertThat(declared.kind()).isEqualTo(Variable.Kind.ARG);
        assertThat(declared.value()).isEmpty();
        assertThat(m.stages().get(0).base()).isInstanceOfSatisfying(ImageBase.class, b -> {
            assertThat(b.fullyResolved()).isTrue();
            assertThat(b.resolvedText()).isEqualTo("golang:1.22");
        });
    }

    @Test
    void fromImagesResolveThroughGlobalArgDefaults() {
        DockerfileModel m = model("""
                ARG BASE=python:3.12
                ARG TAG
                ARG CUDA=12.4.0
                FROM ${BASE}
                FROM python:${TAG}
                FROM $UNDECLARED
                FROM nvidia/cuda:${CUDA}-runtime-ubuntu22.04 AS gpu
                FROM python:${PY:-3.11}-slim
                FROM ${BASE:?nobase}
                FROM ${BROKEN
                """);
        List<Stage> s = m.stages();
        ImageBase resolved = (ImageBase) s.get(0).base();
        assertThat(resolved.fullyResolved()).isTrue();
        assertThat(resolved.ref()).isInstanceOfSatisfying(ImageName.class,
                n -> assertThat(n.familiarName()).isEqualTo("python"));

        ImageBase noValue = (ImageBase) s.get(1).base();
        assertThat(noValue.fullyResolved()).isFalse();
        assertThat(noValue.resolvedText()).isEqualTo("python:");
        assertThat(noValue.ref()).isInstanceOf(InvalidImageReference.class);

        ImageBase undeclared = (ImageBase) s.get(2).base();
        assertThat(undeclared.fullyResolved()).isFalse();
        assertThat(undeclared.resolvedText()).isEmpty();

        ImageBase cuda = (ImageBase) s.get(3).base();
        assertThat(cuda.resolvedText()).isEqualTo("nvidia/cuda:12.4.0-runtime-ubuntu22.04");
        assertThat(cuda.fullyResolved()).isTrue();

        ImageBase withDefault = (ImageBase) s.get(4).base();
        // the default makes the text known, but PY itself was never declared
        assertThat(withDefault.resolvedText()).isEqualTo("python:3.11-slim");
        assertThat(withDefault.fullyResolved()).isFalse();

        assertThat(((ImageBase) s.get(5).base()).resolvedText()).isEqualTo("python:3.12");

        ImageBase broken = (ImageBase) s.get(6).base();
        assertThat(broken.fullyResolved()).isFalse();
        assertThat(broken.resolvedText()).isEqualTo("${BROKEN");
    }

    @Test
    void fromAStageScratchAndNames() {
        DockerfileModel m = model("""
                FROM python:3.12 AS Builder
                FROM builder AS second
                FROM Builder
                FROM later
                FROM scratch AS later
                FROM later
                """);
        List<Stage> s = m.stages();
        assertThat(s.get(0).name()).contains("builder");
        assertThat(s.get(1).base()).isEqualTo(new StageBase(s.get(0)));
        assertThat(s.get(1).parent()).containsSame(s.get(0));
        assertThat(s.get(1).rootBase()).isInstanceOf(ImageBase.class);
        // spec 1.11: FROM compares the written name exactly with the lower-cased stage names
        assertThat(s.get(2).base()).isInstanceOfSatisfying(ImageBase.class,
                b -> assertThat(b.ref()).isInstanceOf(InvalidImageReference.class));
        // ...and only with earlier stages
        assertThat(s.get(3).base()).isInstanceOfSatisfying(ImageBase.class,
                b -> assertThat(b.resolvedText()).isEqualTo("later"));
        assertThat(s.get(4).base()).isInstanceOf(ScratchBase.class);
        assertThat(s.get(5).base()).isEqualTo(new StageBase(s.get(4)));
        assertThat(s.get(5).rootBase()).isInstanceOf(ScratchBase.class);
        assertThat(s.get(5).isFinal()).isTrue();
        assertThat(s.get(4).isFinal()).isFalse();
        assertThat(m.finalStage()).containsSame(s.get(5));
        assertThat(s.get(2).displayName()).isEqualTo("2");
    }

    @Test
    void copyFromAndMountFromBuildTheStageGraph() {
        DockerfileModel m = model("""
                FROM golang:1.22 AS build
                RUN go build -o /app .
                FROM alpine AS unused
                RUN echo never built
                FROM python:3.12 AS deps
                RUN pip install x
                FROM alpine AS Assets
                RUN echo assets
                FROM gcr.io/distroless/static:nonroot
                COPY --from=0 /app /app
                COPY --from=ASSETS /a /a
                COPY --from=nginx:latest /etc/nginx /etc/nginx
                COPY --from=7 /x /x
                RUN --mount=type=cache,target=/root/.cache,from=Deps true
                COPY --from=later /y /y
                FROM alpine AS later
                """);
        List<Stage> s = m.stages();
        Stage last = s.get(4);
        assertThat(last.isFinal()).isFalse();
        List<FromReference> refs = last.fromReferences();
        assertThat(refs).extracting(FromReference::text)
                .containsExactly("0", "ASSETS", "nginx:latest", "7", "Deps", "later");
        assertThat(refs.get(0).target()).isEqualTo(new FromTarget.StageTarget(s.get(0)));
        assertThat(refs.get(1).target()).isEqualTo(new FromTarget.StageTarget(s.get(3)));
        assertThat(refs.get(2).target()).isInstanceOfSatisfying(FromTarget.ImageTarget.class,
                t -> assertThat(((ImageName) t.image()).familiarName()).isEqualTo("nginx"));
        assertThat(refs.get(3).target()).isEqualTo(new FromTarget.InvalidIndex(7));
        assertThat(refs.get(4).target()).isEqualTo(new FromTarget.StageTarget(s.get(2)));
        assertThat(refs.get(5).target()).isEqualTo(new FromTarget.StageTarget(s.get(5)));
        assertThat(last.dependencies()).containsExactly(s.get(0), s.get(3), s.get(2), s.get(5));

        // the final stage is `later`, which needs nothing
        assertThat(m.stagesReachableFromFinal()).containsExactly(s.get(5));
        assertThat(m.stagesReachableFrom(last)).containsExactly(s.get(0), s.get(2), s.get(3), last, s.get(5));
        assertThat(m.stageNamed("ASSETS")).containsSame(s.get(3));
        assertThat(m.stageNamed("nope")).isEmpty();
        assertThat(m.stage(1)).containsSame(s.get(1));
        assertThat(m.stage(9)).isEmpty();
    }

    @Test
    void reachabilityFollowsParentsAndToleratesCycles() {
        DockerfileModel m = model("""
                FROM alpine AS a
                COPY --from=b /x /x
                FROM alpine AS b
                COPY --from=a /y /y
                FROM a AS c
                FROM alpine AS d
                FROM c
                """);
        List<Stage> s = m.stages();
        assertThat(m.stagesReachableFromFinal()).containsExactly(s.get(0), s.get(1), s.get(2), s.get(4));
    }

    @Test
    void duplicateStageNamesResolveToTheLaterDefinition() {
        DockerfileModel m = model("""
                FROM alpine AS x
                FROM x AS y
                FROM debian AS x
                FROM x
                COPY --from=x /a /a
                """);
        List<Stage> s = m.stages();
        assertThat(s.get(1).parent()).containsSame(s.get(0));
        assertThat(s.get(3).parent()).containsSame(s.get(2));
        assertThat(m.stageNamed("x")).containsSame(s.get(2));
    }

    @Test
    void userIsInheritedThroughStageParents() {
        DockerfileModel m = model("""
                ARG UID=1000
                FROM ubuntu:24.04 AS base
                RUN id
                USER app:staff
                RUN id
                FROM base AS child
                RUN id
                FROM ubuntu:24.04
                ARG UID
                USER ${UID}:${GID:-staff}
                RUN id
                USER $NOBODY
                FROM ubuntu:24.04
                USER 0
                """);
        List<Stage> s = m.stages();
        assertThat(s.get(0).userAt(at(m, 2))).isEmpty();
        UserSpec app = s.get(0).userAt(at(m, 4)).orElseThrow();
        assertThat(app.user()).isEqualTo("app");
        assertThat(app.group()).contains("staff");
        assertThat(app.isRoot()).isFalse();
        assertThat(app.instruction()).isSameAs(at(m, 3));
        assertThat(s.get(1).userAt(at(m, 6))).contains(app);
        assertThat(s.get(1).finalUser()).contains(app);
        assertThat(s.get(1).userAt(s.get(1).from())).contains(app);

        UserSpec uid = s.get(2).userAt(at(m, 10)).orElseThrow();
        assertThat(uid.text()).isEqualTo("1000:staff");
        assertThat(uid.user()).isEqualTo("1000");
        // GID has no value: the default applies, but a build could differ
        assertThat(uid.fullyResolved()).isFalse();
        UserSpec unresolved = s.get(2).finalUser().orElseThrow();
        assertThat(unresolved.text()).isEmpty();
        assertThat(unresolved.fullyResolved()).isFalse();

        assertThat(s.get(3).finalUser().orElseThrow().isRoot()).isTrue();
    }

    @Test
    void workdirJoinsRelativePaths() {
        DockerfileModel m = model("""
                FROM alpine AS a
                RUN pwd
                WORKDIR rel
                ENV D=/opt
                WORKDIR $D/app
                WORKDIR src/./x
                WORKDIR ../lib/
                RUN pwd
                FROM a
                WORKDIR /srv//data
                """);
        Stage a = m.stages().get(0);
        assertThat(a.workdirAt(at(m, 1))).isEmpty();
        assertThat(a.workdirAt(at(m, 3))).contains("/rel");
        assertThat(a.workdirAt(at(m, 5))).contains("/opt/app");
        assertThat(a.workdirAt(at(m, 6))).contains("/opt/app/src/x");
        assertThat(a.finalWorkdir()).contains("/opt/app/src/lib");
        Stage child = m.stages().get(1);
        assertThat(child.workdirAt(at(m, 9))).contains("/opt/app/src/lib");
        assertThat(child.finalWorkdir()).contains("/srv/data");
    }

    @Test
    void shellDefaultsAndInheritance() {
        DockerfileModel m = model("""
                FROM ubuntu AS a
                RUN true
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                RUN true
                FROM a
                RUN true
                FROM ubuntu
                RUN true
                """);
        List<Stage> s = m.stages();
        assertThat(s.get(0).shellAt(at(m, 1))).containsExactly("/bin/sh", "-c");
        assertThat(s.get(0).shellAt(at(m, 3))).containsExactly("/bin/bash", "-o", "pipefail", "-c");
        assertThat(s.get(1).shellAt(at(m, 5))).containsExactly("/bin/bash", "-o", "pipefail", "-c");
        assertThat(s.get(2).finalShell()).containsExactly("/bin/sh", "-c");
    }

    @Test
    void globalInstructionsAndForeignInstructions() {
        DockerfileModel m = model("""
                ARG A=1
                FROM alpine
                RUN true
                """);
        assertThat(m.globalInstructions()).containsExactly(at(m, 0));
        assertThat(m.stageOf(at(m, 0))).isEmpty();
        assertThat(m.stageOf(at(m, 2))).containsSame(m.stages().get(0));
        assertThat(m.variablesAt(at(m, 0))).doesNotContainKey("A").containsKey("TARGETOS");
        DockerfileModel other = model("FROM alpine\nRUN true\n");
        assertThatIllegalArgumentException().isThrownBy(() -> m.variablesAt(at(other, 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> m.stages().get(0).userAt(at(other, 1)));
    }

    @Test
    void fileWithoutFromHasNoStages() {
        DockerfileModel m = model("ARG A=1\n");
        assertThat(m.stages()).isEmpty();
        assertThat(m.finalStage()).isEmpty();
        assertThat(m.stagesReachableFromFinal()).isEmpty();
        assertThat(m.globalArgs()).containsOnlyKeys("A");
    }

    @Test
    void backtickEscapeFilesExpandWithBacktick() {
        DockerfileModel m = model("""
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                ENV P="C:\\tools `$HOME"
                RUN echo
                """);
        assertThat(m.expander().escape()).isEqualTo('`');
        assertThat(value(m.variablesAt(at(m, 2)), "P")).contains("C:\\tools $HOME");
    }

    @Test
    void onbuildTriggersRunInADownstreamStageOfTheirOwn() {
        DockerfileModel m = model("""
                FROM python:3.12-slim AS base
                ONBUILD COPY requirements.txt /app/
                WORKDIR /app
                ONBUILD RUN pip install -r requirements.txt
                USER app
                FROM golang:1.22 AS tools
                RUN go version
                """);
        assertThat(m.onbuildViews()).hasSize(1);
        OnbuildView view = m.onbuildViews().get(0);
        assertThat(view.upstream()).isSameAs(m.stages().get(0));
        assertThat(view.onbuilds()).containsExactly(
                (OnbuildInstruction) at(m, 1),
                (OnbuildInstruction) at(m, 3));

        DockerfileModel downstream = view.model();
        assertThat(downstream.onbuildViews()).isEmpty();
        assertThat(downstream.stages()).hasSize(3);
        Stage last = downstream.finalStage().orElseThrow();
        assertThat(last.isFinal()).isTrue();
        assertThat(downstream.stages().get(1).isFinal()).isFalse();
        assertThat(last.name()).isEmpty();
        assertThat(last.displayName()).isEqualTo("base");
        assertThat(last.parent()).contains(downstream.stages().get(0));
        // The triggers themselves, with their ranges in the file, run after the upstream stage's
        // last instruction: its WORKDIR and USER are in effect.
        Instruction copy = ((OnbuildInstruction) at(m, 1)).trigger().orElseThrow();
        Instruction run = ((OnbuildInstruction) at(m, 3)).trigger().orElseThrow();
        assertThat(last.instructions()).containsExactly(copy, run);
        assertThat(downstream.stageOf(copy)).contains(last);
        assertThat(last.workdirAt(copy)).contains("/app");
        assertThat(last.userAt(run).orElseThrow().text()).isEqualTo("app");
        assertThat(downstream.file().instructions()).endsWith(at(m, 0), copy, run);
        // The upstream FROM still belongs to the upstream stage.
        assertThat(downstream.stageOf(at(m, 0))).contains(downstream.stages().get(0));
        assertThat(view.covers(copy.range())).isTrue();
        assertThat(view.covers(at(m, 2).range())).isFalse();
    }

    @Test
    void aFileWithoutTriggersHasNoOnbuildView() {
        assertThat(model("FROM alpine:3.20\nRUN echo hi\nONBUILD\n").onbuildViews()).isEmpty();
    }
}
