package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NOTES 3.9: short and long syntax turned into canonical views, each element keeping its span. */
class SyntaxFormsTest {

    private static Service service(String body) {
        ComposeProject p = MemoryProject.of("services:\n  s:\n" + body.indent(4));
        return p.service("s").orElseThrow();
    }

    private static ComposeProject project(String body) {
        return MemoryProject.of("services:\n  s:\n" + body.indent(4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "'80'                        ; ::80/tcp",
        "80                          ; ::80/tcp",
        "'8080:80'                   ; :8080:80/tcp",
        "'127.0.0.1:8080:80'         ; 127.0.0.1:8080:80/tcp",
        "'127.0.0.1::80'             ; 127.0.0.1::80/tcp",
        "'8000-8001:9000-9001'       ; :8000:9000/tcp,:8001:9001/tcp",
        "'9000-9001'                 ; ::9000/tcp,::9001/tcp",
        "'8000-8010:80'              ; :8000-8010:80/tcp",
        "'53:53/udp'                 ; :53:53/udp",
        "'[::1]:6001:6001'           ; ::1:6001:6001/tcp",
        "'::1:6001:6001'             ; ::1:6001:6001/tcp",
        "'0.0.0.0:9090:9090/SCTP'    ; 0.0.0.0:9090:9090/sctp",
    })
    void shortPorts(String spec, String expected) {
        Service s = service("image: x\nports: [" + spec + "]\n");
        List<String> actual = new java.util.ArrayList<>();
        for (PortMapping p : s.ports()) {
            actual.add(p.hostIp() + ":" + p.published() + ":" + p.target().getAsInt() + "/" + p.protocol());
            assertThat(p.isShortForm()).isTrue();
        }
        assertThat(String.join(",", actual)).isEqualTo(expected);
    }

    @Test
    void longPortsAndAllInterfaces() {
        Service s = service("""
                image: x
                ports:
                  - target: 80
                    published: "8080"
                    host_ip: 127.0.0.1
                    protocol: udp
                    mode: host
                  - target: "443"
                  - "8000:8000"
                  - "127.0.0.1:9000:9000"
                """);
        assertThat(s.ports()).extracting(p -> p.hostIp() + "|" + p.published() + "|" + p.target().getAsInt() + "|"
                + p.protocol() + "|" + p.mode() + "|" + p.bindsAllInterfaces()).containsExactly(
                "127.0.0.1|8080|80|udp|host|false", "||443|tcp|ingress|true", "|8000|8000|tcp|ingress|true",
                "127.0.0.1|9000|9000|tcp|ingress|false");
        assertThat(s.ports().get(0).isShortForm()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'8000-8001:80-82' | container port range 80-82 and host port range 8000-8001 differ in size",
        "'abc'             | invalid container port abc",
        "'80:99999'        | invalid container port 99999",
        "'1.2.3:80:80'     | invalid IP address 1.2.3",
        "'80/http'         | invalid protocol http",
        "'8080:'           | no port specified",
    })
    void badPortsAreInvalidValues(String spec, String message) {
        ComposeProject p = project("image: x\nports: [" + spec + "]\n");
        assertThat(p.problems()).extracting(ComposeProblem::message).containsExactly(
                "invalid port `" + spec.replace("'", "") + "`: " + message);
    }

    @Test
    void unresolvedPortsAreNotJudged() {
        ComposeProject p = project("image: x\nports: [\"${PORT}\", \"${HOST_PORT}:80\"]\n");
        assertThat(p.problems()).extracting(ComposeProblem::kind).containsOnly(ProblemKind.UNDEFINED_VARIABLE);
        assertThat(p.service("s").orElseThrow().ports()).extracting(PortMapping::isUnresolved).containsExactly(true, true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "/data                         ; VOLUME||/data|false",
        "ab                            ; VOLUME||ab|false",
        "data:/data                    ; VOLUME|data|/data|false",
        "./src:/app/src:ro             ; BIND|./src|/app/src|true",
        "../up:/up                     ; BIND|../up|/up|false",
        "/var/run/docker.sock:/var/run/docker.sock ; BIND|/var/run/docker.sock|/var/run/docker.sock|false",
        "~/cache:/root/.cache:rw       ; BIND|~/cache|/root/.cache|false",
        "C:\\models:/models:ro,z       ; BIND|C:\\models|/models|true",
        "${HOME_DIR:-.}/m:/m           ; BIND|./m|/m|false",
        "vol:/data/./sub/:nocopy       ; VOLUME|vol|/data/sub|false",
    })
    void shortVolumes(String spec, String expected) {
        Service s = service("image: x\nvolumes: ['" + spec + "']\n");
        VolumeMount v = s.volumes().get(0);
        assertThat(v.type() + "|" + v.source() + "|" + v.target() + "|" + v.readOnly()).isEqualTo(expected);
        assertThat(v.isShortForm()).isTrue();
    }

    @Test
    void volumeSpansAndHostPaths() {
        Service s = service("image: x\nvolumes:\n  - ./models:/models:ro\n  - /var/run/docker.sock:/var/run/docker.sock\n");
        VolumeMount models = s.volumes().get(0);
        assertThat(MemoryProject.at(models.sourceSpan())).isEqualTo("compose.yaml:5:9 ./models");
        assertThat(MemoryProject.at(models.targetSpan())).isEqualTo("compose.yaml:5:18 /models");
        assertThat(models.hostPath()).hasValue(MemoryProject.ROOT.resolve("models"));
        assertThat(s.volumes().get(1).hostPath()).hasValue(java.nio.file.Path.of("/var/run/docker.sock"));
    }

    @Test
    void longVolumesAndTmpfs() {
        Service s = service("""
                image: x
                read_only: true
                tmpfs: ["/tmp:size=64m,mode=1777", /run]
                volumes:
                  - type: bind
                    source: ./data
                    target: /data
                    read_only: true
                    bind: {propagation: rshared, create_host_path: false}
                  - type: volume
                    source: models
                    target: /models
                    volume: {nocopy: true, subpath: v1}
                  - type: tmpfs
                    target: /cache
                    tmpfs: {size: 1g}
                """);
        assertThat(s.volumes()).extracting(v -> v.type() + "|" + v.source() + "|" + v.target() + "|" + v.readOnly() + "|"
                + v.isShortForm()).containsExactly("BIND|./data|/data|true|false", "VOLUME|models|/models|false|false",
                "TMPFS||/cache|false|false");
        assertThat(s.volumes().get(0).propagation()).isEqualTo("rshared");
        assertThat(s.volumes().get(1).nocopy()).isTrue();
        assertThat(s.volumes().get(1).subpath()).isEqualTo("v1");
        assertThat(s.volumes().get(2).tmpfsSize()).hasValue(1L << 30);
        assertThat(s.tmpfs()).extracting(t -> t.target() + " " + t.size()).containsExactly(
                "/tmp OptionalLong[67108864]", "/run OptionalLong.empty");
        assertThat(s.mountCovering("/tmp/x").orElseThrow().target()).isEqualTo("/tmp");
        assertThat(s.mountCovering("/models/llama/weights.bin").orElseThrow()).isInstanceOf(VolumeMount.class);
        assertThat(s.mountCovering("/root/.cache")).isEmpty();
        assertThat(s.isReadOnly()).isTrue();
    }

    @Test
    void badVolumesAreInvalidValues() {
        ComposeProject p = project("image: x\nvolumes: [\"data:/x:ro:z\", \":/x\", \"${UNSET}:/data\"]\n");
        assertThat(p.problems()).extracting(pr -> pr.kind() + " " + pr.message()).containsExactlyInAnyOrder(
                "INVALID_VALUE invalid volume `data:/x:ro:z`: too many colons",
                "INVALID_VALUE invalid volume `:/x`: empty section between colons",
                "UNDEFINED_VARIABLE variable `UNSET` is not set");
        // The unresolved one still tells rules a mount is at /data.
        VolumeMount data = p.service("s").orElseThrow().volumes().get(0);
        assertThat(data.target() + " " + data.type() + " " + data.source() + " " + data.isUnresolved())
                .isEqualTo("/data BIND ${UNSET} true");
    }

    @Test
    void dependsOnShortAndLong() {
        Service s = service("""
                image: x
                depends_on:
                  db:
                    condition: service_healthy
                    restart: true
                  migrate:
                    condition: service_completed_successfully
                    required: false
                """);
        assertThat(s.dependsOn()).extracting(d -> d.service() + " " + d.condition() + " " + d.required() + " " + d.restart()
                + " " + d.isShortForm()).containsExactly("db HEALTHY true true false",
                "migrate COMPLETED_SUCCESSFULLY false false false");
        assertThat(MemoryProject.at(s.dependsOn().get(0).conditionNode().orElseThrow().span()))
                .isEqualTo("compose.yaml:6:20 service_healthy");
        Service shortForm = service("image: x\ndepends_on: [db, cache]\n");
        assertThat(shortForm.dependsOn()).extracting(d -> d.service() + " " + d.condition() + " " + d.isShortForm())
                .containsExactly("db STARTED true", "cache STARTED true");
    }

    @Test
    void secretsAndConfigsShortLongAndTopLevel() {
        ComposeProject p = MemoryProject.of("""
                services:
                  s:
                    image: x
                    secrets:
                      - db_password
                      - source: api_key
                        target: key.txt
                        mode: 0440
                      - source: tls
                        target: /etc/tls/cert.pem
                    configs:
                      - nginx_conf
                      - {source: app, target: /etc/app.yaml, mode: 0o644}
                secrets:
                  db_password: {file: ./secrets/db.txt}
                  api_key: {environment: API_KEY}
                  tls: {external: true}
                  both: {file: a, environment: B}
                configs:
                  nginx_conf: {file: ./nginx.conf}
                  app: {content: "debug: false"}
                """);
        Service s = p.service("s").orElseThrow();
        assertThat(s.secrets()).extracting(m -> m.source() + " " + m.target() + " " + m.isShortForm()).containsExactly(
                "db_password /run/secrets/db_password true", "api_key /run/secrets/key.txt false",
                "tls /etc/tls/cert.pem false");
        assertThat(s.secrets().get(1).modeBits()).hasValue(0440);
        assertThat(s.configs()).extracting(m -> m.source() + " " + m.target()).containsExactly(
                "nginx_conf /nginx_conf", "app /etc/app.yaml");
        assertThat(s.configs().get(1).modeBits()).hasValue(0644);
        assertThat(p.secrets()).extracting(f -> f.name() + " " + f.isExternal()).containsExactly(
                "db_password false", "api_key false", "tls true", "both false");
        assertThat(p.secret("db_password").orElseThrow().filePath()).hasValue(MemoryProject.ROOT.resolve("secrets/db.txt"));
        assertThat(p.configs().get(1).content().orElseThrow().value()).isEqualTo("debug: false");
        assertThat(MemoryProject.problems(p)).containsExactly(
                "STRUCTURE compose.yaml:18:3 secrets `both` sets more than one of `file` or `environment`");
    }

    @Test
    void environmentListAndMapForms() {
        Service list = service("image: x\nenvironment:\n  - A=1\n  - B=\n  - C\n  - D=x=y\n");
        assertThat(list.environment()).extracting(kv -> kv.key() + "|" + kv.value().isPresent() + "|" + kv.valueText() + "|"
                + kv.isListForm()).containsExactly("A|true|1|true", "B|true||true", "C|false||true", "D|true|x=y|true");
        Service map = service("image: x\nenvironment:\n  A: 1\n  B: \"\"\n  C:\n  D: true\n");
        assertThat(map.environment()).extracting(kv -> kv.key() + "|" + kv.value().isPresent() + "|" + kv.valueText() + "|"
                + kv.isListForm()).containsExactly("A|true|1|false", "B|true||false", "C|false||false", "D|true|true|false");
        assertThat(MemoryProject.at(map.environment().get(0).span())).isEqualTo("compose.yaml:5:7 A: 1");
    }

    @Test
    void envFileForms() {
        MemoryProject files = new MemoryProject().file("a.env", "A=1\n").file("compose.yaml", """
                services:
                  one: {image: x, env_file: a.env}
                  two:
                    image: x
                    env_file:
                      - a.env
                      - {path: b.env, required: false, format: raw}
                """);
        ComposeProject p = files.load("compose.yaml");
        assertThat(p.service("one").orElseThrow().envFiles()).extracting(f -> f.path().value() + " " + f.required())
                .containsExactly("a.env true");
        assertThat(p.service("two").orElseThrow().envFiles()).extracting(f -> f.path().value() + " " + f.required() + " "
                + f.format()).containsExactly("a.env true ", "b.env false raw");
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void buildKeepsTheDockerfileTextWhenItCanBeRead() {
        MemoryProject files = new MemoryProject()
                .file("app/Dockerfile", "FROM python:3.12-slim\nHEALTHCHECK CMD true\n")
                .file("compose.yaml", """
                        services:
                          built: {build: ./app}
                          missing: {build: ./nowhere}
                          inline:
                            build:
                              dockerfile_inline: "FROM scratch"
                          remote:
                            build: https://github.com/acme/app.git#main
                        """);
        ComposeProject p = files.load("compose.yaml");
        assertThat(p.service("built").orElseThrow().build().orElseThrow().dockerfileText()).hasValueSatisfying(
                t -> assertThat(t.text()).contains("HEALTHCHECK CMD true"));
        assertThat(p.service("missing").orElseThrow().build().orElseThrow().dockerfileText()).isEmpty();
        assertThat(p.service("inline").orElseThrow().build().orElseThrow().dockerfileText()).hasValueSatisfying(
                t -> assertThat(t.text()).isEqualTo("FROM scratch"));
        assertThat(p.service("remote").orElseThrow().build().orElseThrow().dockerfileText()).isEmpty();
        assertThat(p.problems()).as("a Dockerfile that cannot be read is no Compose problem").isEmpty();
        assertThat(p.sources()).extracting(dev.bulwark.core.SourceText::path).doesNotContain("app/Dockerfile");
    }

    @Test
    void buildStringAndObject() {
        ComposeProject p = MemoryProject.of("""
                services:
                  short: {build: ./app}
                  long:
                    build:
                      context: ./svc
                      dockerfile: docker/Dockerfile.gpu
                      target: runtime
                      args: {CUDA: "12.4"}
                      secrets: [hf_token]
                      additional_contexts: [base=../base]
                  inline:
                    build:
                      dockerfile_inline: "FROM scratch"
                  remote:
                    build: https://github.com/acme/app.git#main
                secrets:
                  hf_token: {environment: HF_TOKEN}
                """);
        Build shortBuild = p.service("short").orElseThrow().build().orElseThrow();
        assertThat(shortBuild.isShortForm()).isTrue();
        assertThat(shortBuild.contextPath()).hasValue(MemoryProject.ROOT.resolve("app"));
        assertThat(shortBuild.dockerfilePath()).hasValue(MemoryProject.ROOT.resolve("app/Dockerfile"));
        Build longBuild = p.service("long").orElseThrow().build().orElseThrow();
        assertThat(longBuild.dockerfilePath()).hasValue(MemoryProject.ROOT.resolve("svc/docker/Dockerfile.gpu"));
        assertThat(longBuild.target().orElseThrow().value()).isEqualTo("runtime");
        assertThat(longBuild.args()).extracting(kv -> kv.key() + "=" + kv.valueText()).containsExactly("CUDA=12.4");
        assertThat(longBuild.secrets()).extracting(FileMount::source).containsExactly("hf_token");
        assertThat(longBuild.additionalContexts()).extracting(KeyValue::key).containsExactly("base");
        Build inline = p.service("inline").orElseThrow().build().orElseThrow();
        assertThat(inline.contextText()).isEqualTo(".");
        assertThat(inline.dockerfilePath()).isEmpty();
        Build remote = p.service("remote").orElseThrow().build().orElseThrow();
        assertThat(remote.isRemoteContext()).isTrue();
        assertThat(remote.contextPath()).isEmpty();
    }

    @Test
    void commandAndEntrypointForms() {
        Service s = service("image: x\ncommand: python -m vllm.serve --model \"/models/my model\" --dtype=half\nentrypoint: [\"/bin/sh\", \"-c\"]\n");
        CommandLine command = s.command().orElseThrow();
        assertThat(command.isStringForm()).isTrue();
        assertThat(command.words()).extracting(Word::text).containsExactly("python", "-m", "vllm.serve", "--model",
                "/models/my model", "--dtype=half");
        assertThat(MemoryProject.at(command.words().get(4).span())).isEqualTo("compose.yaml:4:43 \"/models/my model\"");
        assertThat(s.entrypoint().orElseThrow().words()).extracting(w -> MemoryProject.at(w.span())).containsExactly(
                "compose.yaml:5:18 \"/bin/sh\"", "compose.yaml:5:29 \"-c\"");
        assertThat(service("image: x\ncommand: []\n").command().orElseThrow().words()).isEmpty();
    }

    @Test
    void devicesAndSecurityAttributes() {
        Service s = service("""
                image: x
                privileged: true
                user: "0"
                cap_add: [SYS_ADMIN]
                cap_drop: [ALL]
                security_opt: ["seccomp:unconfined"]
                network_mode: host
                pid: host
                ipc: host
                shm_size: 8gb
                devices:
                  - /dev/kfd
                  - /dev/dri:/dev/dri:rw
                  - nvidia.com/gpu=all
                  - {source: /dev/fuse, target: /dev/fuse}
                """);
        assertThat(s.isPrivileged()).isTrue();
        assertThat(s.user().orElseThrow().value()).isEqualTo("0");
        assertThat(s.capAdd()).extracting(ComposeScalar::value).containsExactly("SYS_ADMIN");
        assertThat(s.capDrop()).extracting(ComposeScalar::value).containsExactly("ALL");
        assertThat(s.securityOpt()).extracting(ComposeScalar::value).containsExactly("seccomp:unconfined");
        assertThat(s.networkMode().orElseThrow().value()).isEqualTo("host");
        assertThat(s.pid().orElseThrow().value()).isEqualTo("host");
        assertThat(s.ipc().orElseThrow().value()).isEqualTo("host");
        assertThat(s.shmSize().orElseThrow().asBytes()).hasValue(8L << 30);
        assertThat(s.devices()).extracting(d -> d.source() + ">" + d.target() + ":" + d.permissions() + " cdi=" + d.isCdi())
                .containsExactly("/dev/kfd>/dev/kfd:rwm cdi=false", "/dev/dri>/dev/dri:rw cdi=false",
                        "nvidia.com/gpu=all>nvidia.com/gpu=all:rwm cdi=true", "/dev/fuse>/dev/fuse:rwm cdi=false");
        assertThat(s.requestsGpu()).isTrue();
    }

    @Test
    void labelsProfilesRestartAndImage() {
        Service s = service("image: ghcr.io/acme/model-server:1.2@sha256:abc\nlabels: [a=b]\nprofiles: [gpu]\nrestart: on-failure\n");
        ImageRef ref = s.imageRef().orElseThrow();
        assertThat(ref.registry()).hasValue("ghcr.io");
        assertThat(ref.repository()).isEqualTo("acme/model-server");
        assertThat(ref.name()).isEqualTo("model-server");
        assertThat(ref.tag()).hasValue("1.2");
        assertThat(ref.digest()).hasValue("sha256:abc");
        assertThat(ImageRef.parse("localhost:5000/app").tag()).isEmpty();
        assertThat(ImageRef.parse("localhost:5000/app").isUntagged()).isTrue();
        assertThat(ImageRef.parse("python:3.12-slim").tag()).hasValue("3.12-slim");
        assertThat(s.labels()).extracting(KeyValue::key).containsExactly("a");
        assertThat(s.profiles()).extracting(ComposeScalar::value).containsExactly("gpu");
        assertThat(s.restart().orElseThrow().value()).isEqualTo("on-failure");
    }

    @Test
    void legacyResourceAttributes() {
        Service s = service("image: x\nmem_limit: 1.5g\nmemswap_limit: -1\ncpus: 0.5\ncpu_quota: 50000\npids_limit: 100\n");
        assertThat(s.memoryLimit().orElseThrow().asBytes()).hasValue((long) (1.5 * (1L << 30)));
        assertThat(s.memswapLimit().orElseThrow().asBytes()).hasValue(-1L);
        assertThat(s.cpuLimit().orElseThrow().asDouble()).hasValue(0.5);
        assertThat(s.cpuQuota().orElseThrow().asLong()).hasValue(50000L);
        assertThat(s.pidsLimit().orElseThrow().asLong()).hasValue(100L);
        assertThat(s.hasCpuLimit()).isTrue();
        assertThat(service("image: x\ncpu_shares: 512\n").hasCpuLimit()).isFalse();
        ComposeProject bad = project("image: x\nmem_limit: lots\nshm_size: 1x\n");
        assertThat(bad.problems()).extracting(ComposeProblem::message).containsExactly(
                "`lots` is not a byte size", "`1x` is not a byte size");
    }
}
