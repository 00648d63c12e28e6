package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NOTES 3.4: every form, nesting, escapes, errors, and where problems point. */
class InterpolationTest {

    /** SET=value, EMPTY="" and nothing else. */
    private static Interpolator.Result run(String raw) {
        Map<String, EnvVariable> vars = new LinkedHashMap<>();
        vars.put("SET", new EnvVariable("SET", "value", Optional.empty()));
        vars.put("EMPTY", new EnvVariable("EMPTY", "", Optional.empty()));
        vars.put("lower", new EnvVariable("lower", "small", Optional.empty()));
        return new Interpolator(new ProjectEnvironment(vars)).interpolate(raw);
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "plain text             | plain text",
        "$SET                   | value",
        "${SET}                 | value",
        "a${SET}b$SET.c         | avaluebvalue.c",
        "${lower}               | small",
        "${UNSET:-d}            | d",
        "${EMPTY:-d}            | d",
        "${SET:-d}              | value",
        "${UNSET-d}             | d",
        "${EMPTY-d}             | \"\"",
        "${UNSET:+alt}          | \"\"",
        "${EMPTY:+alt}          | \"\"",
        "${SET:+alt}            | alt",
        "${UNSET+alt}           | \"\"",
        "${EMPTY+alt}           | alt",
        "${SET:?err}            | value",
        "${EMPTY?err}           | \"\"",
        "${UNSET:-${SET}}       | value",
        "${UNSET:-${UNSET2:-x}} | x",
        "${UNSET:-a-${SET}-b}   | a-value-b",
        "${UNSET:-{}}           | {}",
        "${UNSET:-x}/${SET}     | x/value",
        "$$SET                  | $SET",
        "$${SET}                | ${SET}",
        "$$$SET                 | $value",
        "cost: 5$               | cost: 5$",
        "$1 and $-              | $1 and $-",
        "${SET-x:-y}            | value",
        "${UNSET-x:-y}          | x:-y",
    })
    void forms(String raw, String expected) {
        Interpolator.Result r = run(raw.strip());
        assertThat(r.value).isEqualTo(expected.strip());
    }

    @Test
    void anUnsetVariableWithoutDefaultIsEmptyAndReportedAtItsExpression() {
        Interpolator.Result r = run("a-${MISSING}-$ALSO");
        assertThat(r.value).isEqualTo("a--");
        assertThat(r.failures).extracting(f -> f.kind + " " + f.start + ".." + f.end + " " + f.message).containsExactly(
                "UNDEFINED_VARIABLE 2..12 variable `MISSING` is not set",
                "UNDEFINED_VARIABLE 13..18 variable `ALSO` is not set");
        assertThat(r.uses).extracting(u -> u.name + " " + u.state).containsExactly("MISSING UNSET", "ALSO UNSET");
    }

    @Test
    void defaultsAreInterpolatedOnlyWhenUsed() {
        assertThat(run("${SET:-${MISSING}}").failures).isEmpty();
        assertThat(run("${SET:-${}}").failures).isEmpty();
        assertThat(run("${UNSET:-${MISSING}}").failures).extracting(f -> f.kind).containsExactly(ProblemKind.UNDEFINED_VARIABLE);
    }

    @Test
    void requiredForms() {
        Interpolator.Result r = run("${UNSET:?set it first}");
        assertThat(r.value).isEmpty();
        assertThat(r.failures).extracting(f -> f.kind + " " + f.message)
                .containsExactly("REQUIRED_VARIABLE required variable `UNSET` is missing a value: set it first");
        assertThat(run("${EMPTY:?}").failures).extracting(f -> f.message)
                .containsExactly("required variable `EMPTY` is missing a value");
        assertThat(run("${EMPTY?}").failures).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"${}|0|3", "${1}|0|4", "${a/b}|0|6", "x ${VAR|2|7", "${VAR:-a\\nb}|0|8"})
    void invalidTemplatesAreProblemsAndKeptAsWritten(String raw, int start, int end) {
        Interpolator.Result r = run(raw.replace("\\n", "\n"));
        assertThat(r.failures).extracting(f -> f.kind).containsExactly(ProblemKind.INVALID_INTERPOLATION);
        assertThat(r.failures.get(0).start).isEqualTo(start);
        assertThat(r.failures.get(0).end).isEqualTo(end);
        assertThat(r.uses).anyMatch(u -> u.state == VariableUse.State.UNSET);
    }

    @Test
    void nestingIsBounded() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            b.append("${U").append(i).append(":-");
        }
        b.append("x");
        b.append("}".repeat(100));
        Interpolator.Result r = run(b.toString());
        assertThat(r.failures).extracting(f -> f.kind).contains(ProblemKind.INVALID_INTERPOLATION);
    }

    @Test
    void valuesAreInterpolatedKeysAreNot() {
        ComposeProject p = MemoryProject.of("""
                services:
                  web:
                    image: nginx
                    labels:
                      ${KEY}: ${UNSET_VALUE:-v}
                """);
        Service web = p.service("web").orElseThrow();
        assertThat(web.labels()).extracting(KeyValue::key).containsExactly("${KEY}");
        assertThat(web.labels().get(0).valueText()).isEqualTo("v");
    }

    @Test
    void anUnresolvedImageIsMarkedSoRulesStaySilent() {
        ComposeProject p = MemoryProject.of("services:\n  app:\n    image: app:${TAG}\n  db:\n    image: postgres:${PG:-16}\n");
        ComposeScalar app = p.service("app").orElseThrow().image().orElseThrow();
        assertThat(app.value()).isEqualTo("app:");
        assertThat(app.raw()).isEqualTo("app:${TAG}");
        assertThat(app.isUnresolved()).isTrue();
        assertThat(app.isInterpolated()).isTrue();
        ComposeScalar db = p.service("db").orElseThrow().image().orElseThrow();
        assertThat(db.value()).isEqualTo("postgres:16");
        assertThat(db.isUnresolved()).isFalse();
        assertThat(db.variables()).extracting(v -> v.name() + " " + v.state()).containsExactly("PG DEFAULTED");
        assertThat(MemoryProject.problems(p)).containsExactly(
                "UNDEFINED_VARIABLE compose.yaml:3:16 variable `TAG` is not set");
        assertThat(MemoryProject.at(p.problems().get(0).span())).isEqualTo("compose.yaml:3:16 ${TAG}");
    }

    @Test
    void problemSpansAreExactInQuotedAndFoundInBlockScalars() {
        ComposeProject p = MemoryProject.of("""
                services:
                  web:
                    image: "nginx:${V1}"
                    command: |
                      echo start
                      run --flag ${V2} --other
                    entrypoint: ["sh", "-c", 'echo ${V3:?needed}']
                """);
        assertThat(p.problems()).extracting(pr -> MemoryProject.at(pr.span())).containsExactly(
                "compose.yaml:3:19 ${V1}",
                "compose.yaml:6:18 ${V2}",
                "compose.yaml:7:36 ${V3:?needed}");
    }

    @Test
    void variablesComeFromTheDotEnvBesideTheProjectNeverFromTheMachine() {
        MemoryProject files = new MemoryProject()
                .file(".env", "TAG=1.2.3\nexport REGISTRY=ghcr.io/acme # a comment\n")
                .file("compose.yaml", "services:\n  web:\n    image: ${REGISTRY}/web:${TAG}\n    environment:\n      HOME_SEEN: ${HOME:-none}\n      PATH_SEEN: $PATH\n");
        ComposeProject p = files.load("compose.yaml");
        Service web = p.service("web").orElseThrow();
        assertThat(web.image().orElseThrow().value()).isEqualTo("ghcr.io/acme/web:1.2.3");
        VariableUse tag = web.image().orElseThrow().variables().get(1);
        assertThat(tag.state()).isEqualTo(VariableUse.State.SET);
        assertThat(MemoryProject.at(tag.definition().orElseThrow())).isEqualTo(".env:1:1 TAG");
        // HOME and PATH exist on every machine running the tests: they must not leak in.
        assertThat(web.environment("HOME_SEEN").orElseThrow().valueText()).isEqualTo("none");
        assertThat(web.environment("PATH_SEEN").orElseThrow().valueText()).isEmpty();
        assertThat(p.sources()).extracting(SourceText::path).containsExactly("compose.yaml", ".env");
    }

    @Test
    void composeProjectNameIsAVariable() {
        MemoryProject files = new MemoryProject().file("compose.yaml", "name: My_App\nservices:\n  web:\n    image: ${COMPOSE_PROJECT_NAME}-web\n");
        ComposeProject p = files.load("compose.yaml");
        assertThat(p.name()).isEqualTo("my_app");
        assertThat(p.service("web").orElseThrow().image().orElseThrow().value()).isEqualTo("my_app-web");
        ComposeProject byDir = new MemoryProject().file("compose.yaml", "services:\n  web:\n    image: ${COMPOSE_PROJECT_NAME}\n").load("compose.yaml");
        assertThat(byDir.name()).isEqualTo("project");
    }

    @Test
    void castsFollowInterpolation() {
        MemoryProject files = new MemoryProject()
                .file(".env", "PRIV=yes\nCPUS=0.5\nBAD=lots\n")
                .file("compose.yaml", """
                        services:
                          web:
                            image: nginx
                            privileged: ${PRIV}
                            cpus: ${CPUS}
                            read_only: "true"
                            pids_limit: ${BAD}
                            tty: ${NOT_SET}
                        """);
        ComposeProject p = files.load("compose.yaml");
        Service web = p.service("web").orElseThrow();
        assertThat(web.privileged().orElseThrow().type()).isEqualTo(ScalarType.BOOLEAN);
        assertThat(web.isPrivileged()).isTrue();
        assertThat(web.cpus().orElseThrow().type()).isEqualTo(ScalarType.FLOAT);
        assertThat(web.readOnly().orElseThrow().type()).isEqualTo(ScalarType.BOOLEAN);
        // A value that does not convert is refused by Compose; an unresolved one is not judged.
        assertThat(MemoryProject.problems(p)).containsExactly(
                "INVALID_VALUE compose.yaml:7:17 `services.web.pids_limit`: `lots` is not an integer",
                "UNDEFINED_VARIABLE compose.yaml:8:10 variable `NOT_SET` is not set");
    }

    @Test
    void subSpansMapValueOffsetsBackToTheFile() {
        ComposeProject p = MemoryProject.of("services:\n  web:\n    image: nginx\n    environment:\n      - PASSWORD=${P:-hunter2}x\n");
        KeyValue kv = p.service("web").orElseThrow().environment().get(0);
        assertThat(MemoryProject.at(kv.keySpan())).isEqualTo("compose.yaml:5:9 PASSWORD");
        assertThat(kv.valueText()).isEqualTo("hunter2x");
        assertThat(MemoryProject.at(kv.valueSpan())).isEqualTo("compose.yaml:5:18 ${P:-hunter2}x");
        ComposeScalar value = kv.value().orElseThrow();
        assertThat(MemoryProject.at(value.subSpan(7, 8))).isEqualTo("compose.yaml:5:31 x");
        assertThat(value.variables()).extracting(VariableUse::name).containsExactly("P");
    }

    @Test
    void everyUseIsListed() {
        List<String> names = new ArrayList<>();
        for (Interpolator.Use u : run("${A:-${B}} $C ${SET}").uses) {
            names.add(u.name + "=" + u.state);
        }
        assertThat(names).containsExactly("A=DEFAULTED", "B=UNSET", "C=UNSET", "SET=SET");
    }
}
