package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NOTES 3.6: override files, the generic rules, every exception, the uniqueness pass, !reset/!override. */
class MergeTest {

    private static ComposeProject merge(String base, String override) {
        return new MemoryProject().file("compose.yaml", base).file("compose.override.yaml", override)
                .load("compose.yaml", "compose.override.yaml");
    }

    private static Service web(ComposeProject p) {
        return p.service("web").orElseThrow();
    }

    @Test
    void aLimitDefinedOnlyInTheOverrideCountsAndPointsThere() {
        ComposeProject p = merge("services:\n  web:\n    image: nginx:1.25\n",
                "services:\n  web:\n    deploy:\n      resources:\n        limits:\n          memory: 512m\n");
        Service web = web(p);
        assertThat(web.hasMemoryLimit()).isTrue();
        assertThat(MemoryProject.at(web.memoryLimit().orElseThrow().span())).isEqualTo("compose.override.yaml:6:19 512m");
        assertThat(web.memoryLimit().orElseThrow().asBytes()).hasValue(512L * 1024 * 1024);
        assertThat(MemoryProject.at(web.nameSpan())).isEqualTo("compose.yaml:2:3 web");
        assertThat(web.definitions()).extracting(s -> s.path()).containsExactly("compose.yaml", "compose.override.yaml");
        assertThat(web.isOwnSpan(web.memoryLimit().orElseThrow().span())).isTrue();
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void mappingsMergeScalarsAreReplacedSequencesAppend() {
        ComposeProject p = merge("""
                services:
                  web:
                    image: nginx:1.25
                    restart: always
                    security_opt: [no-new-privileges:true]
                    deploy: {resources: {limits: {cpus: "1"}}}
                """, """
                services:
                  web:
                    image: nginx:1.27
                    security_opt: ["label:type:x"]
                    deploy: {resources: {limits: {memory: 1g}}}
                  worker:
                    image: busybox
                """);
        Service web = web(p);
        assertThat(MemoryProject.at(web.image().orElseThrow().span())).isEqualTo("compose.override.yaml:3:12 nginx:1.27");
        assertThat(web.restart().orElseThrow().value()).isEqualTo("always");
        assertThat(web.securityOpt()).extracting(s -> MemoryProject.at(s.span())).containsExactly(
                "compose.yaml:5:20 no-new-privileges:true", "compose.override.yaml:4:20 \"label:type:x\"");
        assertThat(web.limits().cpus().orElseThrow().span().path()).isEqualTo("compose.yaml");
        assertThat(web.limits().memory().orElseThrow().span().path()).isEqualTo("compose.override.yaml");
        assertThat(p.services()).extracting(Service::name).containsExactly("web", "worker");
    }

    @Test
    void commandEntrypointAndHealthcheckTestAreReplaced() {
        ComposeProject p = merge("""
                services:
                  web:
                    image: nginx
                    command: [serve, --port, "80"]
                    entrypoint: [tini, --]
                    healthcheck:
                      test: [CMD, curl, -f, http://localhost]
                      interval: 10s
                """, """
                services:
                  web:
                    command: [debug]
                    entrypoint: [sh, -c]
                    healthcheck:
                      test: [CMD-SHELL, "wget -q -O- localhost"]
                """);
        Service web = web(p);
        assertThat(web.command().orElseThrow().text()).isEqualTo("debug");
        assertThat(web.entrypoint().orElseThrow().text()).isEqualTo("sh -c");
        Healthcheck h = web.healthcheck().orElseThrow();
        assertThat(h.form()).isEqualTo(HealthTestForm.CMD_SHELL);
        assertThat(h.testArguments()).extracting(ComposeScalar::value).containsExactly("wget -q -O- localhost");
        assertThat(h.intervalDuration()).hasValue(java.time.Duration.ofSeconds(10));
    }

    @Test
    void keyValueAttributesMergePerKeyWhateverTheirForm() {
        ComposeProject p = merge("""
                services:
                  web:
                    image: nginx
                    environment:
                      A: "1"
                      B: "2"
                    labels: [team=core, tier=web]
                    build:
                      context: .
                      args: [VERSION=1, DEBUG=0]
                """, """
                services:
                  web:
                    environment:
                      - B=20
                      - C=3
                    labels:
                      tier: api
                    build:
                      args:
                        DEBUG: "1"
                """);
        Service web = web(p);
        assertThat(web.environment()).extracting(kv -> kv.key() + "=" + kv.valueText()).containsExactly("A=1", "B=20", "C=3");
        assertThat(MemoryProject.at(web.environment("B").orElseThrow().valueSpan())).isEqualTo("compose.override.yaml:4:11 20");
        assertThat(MemoryProject.at(web.environment("B").orElseThrow().keySpan())).isEqualTo("compose.override.yaml:4:9 B");
        assertThat(web.labels()).extracting(kv -> kv.key() + "=" + kv.valueText()).containsExactly("team=core", "tier=api");
        assertThat(web.build().orElseThrow().args()).extracting(kv -> kv.key() + "=" + kv.valueText())
                .containsExactly("VERSION=1", "DEBUG=1");
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void listFormsAppendThenTheUniquenessPassKeepsTheLaterEntryInPlace() {
        ComposeProject p = merge("""
                services:
                  web:
                    image: nginx
                    environment: [A=1, B=2]
                    ports: ["80:80", "443:443"]
                    volumes: [./a:/data, logs:/logs]
                    secrets: [token]
                    env_file: [common.env]
                    cap_add: [NET_ADMIN]
                secrets:
                  token: {file: ./token.txt}
                """, """
                services:
                  web:
                    environment: [A=10]
                    ports: ["80:80", "8080:8080"]
                    volumes: ["./b:/data:ro"]
                    secrets: [{source: token, target: /run/secrets/token, mode: 0400}]
                    env_file: [common.env, {path: extra.env, required: false}]
                    cap_add: [NET_ADMIN, SYS_TIME]
                """);
        Service web = web(p);
        assertThat(web.environment()).extracting(kv -> kv.key() + "=" + kv.valueText()).containsExactly("A=10", "B=2");
        assertThat(web.ports()).extracting(PortMapping::published).containsExactly("80", "443", "8080");
        assertThat(web.ports().get(0).span().path()).isEqualTo("compose.override.yaml");
        assertThat(web.volumes()).extracting(v -> v.source() + ":" + v.target() + ":" + v.readOnly())
                .containsExactly("./b:/data:true", "logs:/logs:false");
        assertThat(web.secrets()).hasSize(1);
        assertThat(web.secrets().get(0).modeBits()).hasValue(0400);
        assertThat(web.envFiles()).extracting(f -> f.path().value()).containsExactly("common.env", "extra.env");
        assertThat(web.capAdd()).extracting(ComposeScalar::value).containsExactly("NET_ADMIN", "SYS_TIME");
    }

    @Test
    void extraHostsAppendWithoutDuplicates() {
        ComposeProject p = merge("services:\n  web:\n    image: nginx\n    extra_hosts: [\"db=10.0.0.2\"]\n",
                "services:\n  web:\n    extra_hosts: [\"db=10.0.0.2\", \"cache=10.0.0.3\"]\n");
        assertThat(web(p).strings("extra_hosts")).extracting(ComposeScalar::value).containsExactly("db=10.0.0.2", "cache=10.0.0.3");
    }

    @Test
    void dependsOnNetworksAndBuildMergeAsMappings() {
        ComposeProject p = merge("""
                services:
                  web:
                    build: ./web
                    depends_on: [db, cache]
                    networks: [front]
                  db: {image: postgres}
                  cache: {image: redis}
                networks:
                  front: {}
                  back: {}
                """, """
                services:
                  web:
                    build:
                      dockerfile: Dockerfile.prod
                    depends_on:
                      db:
                        condition: service_healthy
                    networks:
                      back:
                        aliases: [api]
                """);
        Service web = web(p);
        assertThat(web.dependsOn()).extracting(d -> d.service() + " " + d.condition() + " short=" + d.isShortForm())
                .containsExactly("db HEALTHY short=false", "cache STARTED short=true");
        assertThat(MemoryProject.at(web.dependsOn().get(1).serviceSpan())).isEqualTo("compose.yaml:4:22 cache");
        assertThat(((ComposeMapping) web.get("networks").orElseThrow()).keys()).containsExactly("front", "back");
        Build build = web.build().orElseThrow();
        assertThat(build.contextText()).isEqualTo("./web");
        assertThat(build.dockerfile().orElseThrow().value()).isEqualTo("Dockerfile.prod");
        assertThat(build.dockerfilePath()).hasValue(MemoryProject.ROOT.resolve("web/Dockerfile.prod"));
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void loggingOptionsMergeOnlyForTheSameDriver() {
        String base = "services:\n  web:\n    image: nginx\n    logging:\n      driver: json-file\n      options: {max-size: 10m}\n";
        ComposeProject same = merge(base, "services:\n  web:\n    logging:\n      options: {max-file: \"3\"}\n");
        assertThat(((ComposeMapping) web(same).node().mapping("logging").orElseThrow().get("options").orElseThrow()).keys())
                .containsExactly("max-size", "max-file");
        ComposeProject other = merge(base, "services:\n  web:\n    logging:\n      driver: syslog\n      options: {tag: web}\n");
        assertThat(((ComposeMapping) web(other).node().mapping("logging").orElseThrow().get("options").orElseThrow()).keys())
                .containsExactly("tag");
    }

    @Test
    void ulimitEntriesAreReplacedWhole() {
        ComposeProject p = merge("services:\n  web:\n    image: nginx\n    ulimits:\n      nofile: {soft: 1024, hard: 2048}\n",
                "services:\n  web:\n    ulimits:\n      nofile: {soft: 4096, hard: 8192}\n");
        ComposeMapping nofile = web(p).node().mapping("ulimits").orElseThrow().mapping("nofile").orElseThrow();
        assertThat(nofile.scalar("soft").orElseThrow().value()).isEqualTo("4096");
    }

    @Test
    void ipamConfigMergesPerSubnet() {
        ComposeProject p = merge("""
                services: {web: {image: nginx}}
                networks:
                  net:
                    ipam:
                      config:
                        - subnet: 10.0.0.0/24
                          gateway: 10.0.0.1
                """, """
                networks:
                  net:
                    ipam:
                      config:
                        - subnet: 10.0.0.0/24
                          ip_range: 10.0.0.128/25
                        - subnet: 10.1.0.0/24
                """);
        ComposeSequence config = p.networks().get(0).mapping().orElseThrow().mapping("ipam").orElseThrow()
                .sequence("config").orElseThrow();
        assertThat(config.items()).hasSize(2);
        assertThat(((ComposeMapping) config.items().get(0)).keys()).containsExactly("subnet", "gateway", "ip_range");
    }

    @Test
    void resetRemovesAndOverrideReplaces() {
        ComposeProject p = merge("""
                services:
                  web:
                    image: nginx
                    ports: ["80:80"]
                    environment: {A: "1", B: "2"}
                    deploy: {resources: {limits: {memory: 1g}}}
                """, """
                services:
                  web:
                    ports: !reset []
                    environment: !override {C: "3"}
                    deploy: !reset null
                """);
        Service web = web(p);
        assertThat(web.ports()).isEmpty();
        assertThat(web.get("ports")).isEmpty();
        assertThat(web.environment()).extracting(KeyValue::key).containsExactly("C");
        assertThat(web.hasMemoryLimit()).isFalse();
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void incompatibleTypesAreMergeProblems() {
        ComposeProject p = merge("services:\n  web:\n    image: nginx\n    deploy: {replicas: 2}\n",
                "services:\n  web:\n    deploy: [oops]\n");
        assertThat(MemoryProject.problems(p)).contains(
                "MERGE compose.override.yaml:3:13 cannot override `services.web.deploy` with a list");
    }

    @Test
    void severalDocumentsInOneFileMergeInOrder() {
        ComposeProject p = MemoryProject.of("services:\n  web:\n    image: nginx:1\n---\nservices:\n  web:\n    image: nginx:2\n    restart: always\n");
        assertThat(web(p).image().orElseThrow().value()).isEqualTo("nginx:2");
        assertThat(web(p).image().orElseThrow().span().location().line()).isEqualTo(7);
        assertThat(web(p).restart()).isPresent();
    }

    @Test
    void versionKeysOfEveryFileAreListed() {
        ComposeProject p = merge("version: \"3.8\"\nservices:\n  web:\n    image: nginx\n", "version: '3'\nservices: {}\n");
        assertThat(p.versionKeys()).extracting(e -> MemoryProject.at(e.keySpan())).containsExactly(
                "compose.yaml:1:1 version", "compose.override.yaml:1:1 version");
    }
}
