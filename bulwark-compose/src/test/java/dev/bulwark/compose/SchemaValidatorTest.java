package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Structural validation against the Compose schema, with exact ranges and "did you mean". */
class SchemaValidatorTest {

    @Test
    void unknownKeysAtEveryLevelWithSuggestions() {
        ComposeProject p = MemoryProject.of("""
                servics: {}
                services:
                  web:
                    imgae: nginx
                    Image: nginx
                    deploy:
                      resources:
                        limits: {memroy: 1g}
                    x-custom: anything
                    helthcheck: {}
                    totally_unknown: 1
                x-top: {ok: true}
                """);
        assertThat(MemoryProject.problems(p)).containsExactly(
                "STRUCTURE compose.yaml:1:1 unknown top-level key `servics` (did you mean `services`?)",
                "STRUCTURE compose.yaml:4:5 unknown key `imgae` in `services.web` (did you mean `image`?)",
                "STRUCTURE compose.yaml:5:5 unknown key `Image` in `services.web` (did you mean `image`?)",
                "STRUCTURE compose.yaml:8:18 unknown key `memroy` in `services.web.deploy.resources.limits` (did you mean `memory`?)",
                "STRUCTURE compose.yaml:10:5 unknown key `helthcheck` in `services.web` (did you mean `healthcheck`?)",
                "STRUCTURE compose.yaml:11:5 unknown key `totally_unknown` in `services.web`");
    }

    @Test
    void typesOneOfAndEnums() {
        ComposeProject p = MemoryProject.of("""
                services:
                  web:
                    image: 3
                    ports: "80:80"
                    build: [a]
                    depends_on:
                      db:
                        condition: service_healty
                      cache: {}
                    cgroup: shared
                    volumes:
                      - type: mount
                        target: /x
                  db: {image: postgres}
                  cache: {image: redis}
                """);
        assertThat(MemoryProject.problems(p)).containsExactly(
                "STRUCTURE compose.yaml:3:12 `services.web.image` must be a string, not an integer",
                "STRUCTURE compose.yaml:4:12 `services.web.ports` must be a list, not a string",
                "STRUCTURE compose.yaml:5:12 `services.web.build` must be a string or a mapping, not a list",
                "STRUCTURE compose.yaml:8:20 `services.web.depends_on.db.condition` must be one of `service_started`, "
                        + "`service_healthy` or `service_completed_successfully` (did you mean `service_healthy`?)",
                "STRUCTURE compose.yaml:9:7 `services.web.depends_on.cache` is missing `condition`",
                "STRUCTURE compose.yaml:10:13 `services.web.cgroup` must be one of `host` or `private`",
                "STRUCTURE compose.yaml:12:15 `services.web.volumes[0].type` must be one of `bind`, `volume`, `tmpfs`, "
                        + "`cluster`, `npipe` or `image`");
    }

    @Test
    void namesPatternsRangesAndDuplicates() {
        ComposeProject p = MemoryProject.of("""
                services:
                  "my web":
                    image: nginx
                  ok:
                    image: nginx
                    container_name: "-"
                    pull_policy: sometimes
                    cpu_percent: 150
                    cap_add: [NET_ADMIN, NET_ADMIN]
                    ports: ["80:80", "80:80"]
                    security_opt: [no-new-privileges, no-new-privileges]
                """);
        assertThat(MemoryProject.problems(p)).containsExactly(
                "STRUCTURE compose.yaml:2:3 invalid name `my web` in `services` (letters, digits, `.`, `_` and `-` only)",
                "STRUCTURE compose.yaml:6:21 `services.ok.container_name`: `-` is not a valid container name",
                "STRUCTURE compose.yaml:7:18 `services.ok.pull_policy`: `sometimes` is not a pull policy",
                "STRUCTURE compose.yaml:8:18 `services.ok.cpu_percent` must be at most 100",
                // cap_add and ports are de-duplicated by the uniqueness pass before validation, as in CG.
                "STRUCTURE compose.yaml:11:39 duplicate item in `services.ok.security_opt`");
        assertThat(p.service("ok").orElseThrow().capAdd()).hasSize(1);
    }

    @Test
    void nullAndEmptyValues() {
        ComposeProject p = MemoryProject.of("""
                services:
                  web:
                    image:
                    healthcheck:
                volumes:
                  data:
                networks:
                  front:
                """);
        assertThat(MemoryProject.problems(p)).containsExactly(
                "STRUCTURE compose.yaml:3:11 `services.web.image` must be a string, not null",
                "STRUCTURE compose.yaml:4:17 `services.web.healthcheck` must be a mapping, not null");
    }

    @Test
    void unresolvedValuesAreNotJudged() {
        ComposeProject p = MemoryProject.of("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db:
                        condition: ${COND}
                        required: ${REQ}
                  db: {image: postgres}
                """);
        assertThat(p.problems()).extracting(ComposeProblem::kind).containsOnly(ProblemKind.UNDEFINED_VARIABLE);
    }

    @Test
    void nonStringKeysAndNonMappingFiles() {
        assertThat(MemoryProject.problems(MemoryProject.of("services:\n  1: {image: x}\n"))).containsExactly(
                "STRUCTURE compose.yaml:2:3 key `1` must be a string");
        assertThat(MemoryProject.problems(MemoryProject.of("- just\n- a list\n"))).containsExactly(
                "STRUCTURE compose.yaml:1:1 a Compose file must be a mapping, not a list",
                "STRUCTURE compose.yaml:1:1 empty Compose file");
        assertThat(MemoryProject.problems(MemoryProject.of("# nothing\n"))).containsExactly(
                "STRUCTURE compose.yaml:1:1 empty Compose file");
    }

    @Test
    void extensionsAreAllowedWhereTheSchemaAllowsThem() {
        ComposeProject p = MemoryProject.of("""
                x-anything: {a: [1, 2]}
                services:
                  web:
                    image: nginx
                    x-service-extension: true
                    deploy:
                      x-deploy-extension: 1
                    blkio_config:
                      x-not-allowed-here: 1
                """);
        assertThat(MemoryProject.problems(p)).containsExactly(
                "STRUCTURE compose.yaml:9:7 unknown key `x-not-allowed-here` in `services.web.blkio_config`");
    }
}
