package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** NOTES 3.5, 3.7, 3.8: anchors and merge keys, extends (same file, other file, recursive, cycles), include. */
class ExtendsIncludeTest {

    @Test
    void anchorsAndMergeKeysInExtensionBlocksPointAtTheAnchor() {
        ComposeProject p = MemoryProject.of("""
                x-limits: &limits
                  resources:
                    limits: {memory: 2g, cpus: "1.5"}
                x-common: &common
                  restart: unless-stopped
                  environment: &env
                    LOG_LEVEL: info
                services:
                  api:
                    <<: *common
                    image: api:1
                    deploy: *limits
                  worker:
                    <<: [*common]
                    image: worker:1
                    restart: "no"
                    environment: *env
                """);
        Service api = p.service("api").orElseThrow();
        assertThat(api.restart().orElseThrow().value()).isEqualTo("unless-stopped");
        assertThat(MemoryProject.at(api.restart().orElseThrow().span())).isEqualTo("compose.yaml:5:12 unless-stopped");
        assertThat(api.isOwnSpan(api.restart().orElseThrow().span())).isFalse();
        assertThat(api.isOwnSpan(api.image().orElseThrow().span())).isTrue();
        assertThat(MemoryProject.at(api.memoryLimit().orElseThrow().span())).isEqualTo("compose.yaml:3:22 2g");
        assertThat(api.isOwnSpan(api.memoryLimit().orElseThrow().span())).isFalse();
        Service worker = p.service("worker").orElseThrow();
        assertThat(worker.restart().orElseThrow().value()).isEqualTo("no");
        assertThat(MemoryProject.at(worker.environment().get(0).keySpan())).isEqualTo("compose.yaml:7:5 LOG_LEVEL");
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void mergeKeysRequireMappings() {
        // YAML merge keys merge mappings only (CS 10-fragments): the loader reports a list.
        ComposeProject p = MemoryProject.of("x-l: &l [a]\nservices:\n  web:\n    <<: *l\n    image: nginx\n");
        assertThat(p.problems()).extracting(ComposeProblem::kind).contains(ProblemKind.YAML_SYNTAX);
    }

    @Test
    void extendsInTheSameFileMergesTheBaseFirstAndPointsAtIt() {
        ComposeProject p = MemoryProject.of("""
                services:
                  base:
                    image: app:1
                    mem_limit: 1g
                    environment: {A: "1", B: "2"}
                    ports: ["80:80"]
                  web:
                    extends: base
                    environment: {B: "20"}
                    ports: ["443:443"]
                """);
        Service web = p.service("web").orElseThrow();
        assertThat(web.get("extends")).isEmpty();
        assertThat(web.image().orElseThrow().value()).isEqualTo("app:1");
        assertThat(MemoryProject.at(web.memLimit().orElseThrow().span())).isEqualTo("compose.yaml:4:16 1g");
        assertThat(web.isOwnSpan(web.memLimit().orElseThrow().span())).isFalse();
        assertThat(web.environment()).extracting(kv -> kv.key() + "=" + kv.valueText()).containsExactly("A=1", "B=20");
        assertThat(web.ports()).extracting(PortMapping::published).containsExactly("80", "443");
        assertThat(MemoryProject.at(web.node().span()).split(" ")[0]).isEqualTo("compose.yaml:8:5");
        assertThat(web.definitions()).hasSize(2);
        assertThat(web.ownDefinitions()).hasSize(1);
    }

    @Test
    void extendsFromAnotherFileResolvesRecursivelyAndRelativeToThatFile() {
        MemoryProject files = new MemoryProject()
                .file("compose.yaml", "services:\n  web:\n    extends:\n      file: common/base.yaml\n      service: app\n    image: web:${TAG:-2}\n")
                .file("common/base.yaml", """
                        services:
                          root:
                            volumes: ["./models:/models:ro"]
                            user: "1000"
                          app:
                            extends: root
                            build: ./ctx
                            healthcheck:
                              test: [CMD, curl, -f, http://localhost/]
                        """);
        ComposeProject p = files.load("compose.yaml");
        Service web = p.service("web").orElseThrow();
        assertThat(web.image().orElseThrow().value()).isEqualTo("web:2");
        assertThat(MemoryProject.at(web.user().orElseThrow().span())).isEqualTo("common/base.yaml:4:11 \"1000\"");
        assertThat(web.volumes().get(0).hostPath()).hasValue(MemoryProject.ROOT.resolve("common/models"));
        assertThat(web.build().orElseThrow().contextPath()).hasValue(MemoryProject.ROOT.resolve("common/ctx"));
        assertThat(web.healthcheck().orElseThrow().form()).isEqualTo(HealthTestForm.CMD);
        assertThat(p.sources()).extracting(s -> s.path()).containsExactly("compose.yaml", "common/base.yaml");
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void resetInTheExtendingServiceRemovesTheBaseAttribute() {
        ComposeProject p = MemoryProject.of("""
                services:
                  base:
                    image: app
                    ports: ["80:80"]
                  web:
                    extends: base
                    ports: !reset []
                """);
        assertThat(p.service("web").orElseThrow().ports()).isEmpty();
        assertThat(p.service("base").orElseThrow().ports()).hasSize(1);
    }

    @Test
    void extendsCyclesAndMissingTargetsAreProblemsNotCrashes() {
        MemoryProject files = new MemoryProject()
                .file("compose.yaml", """
                        services:
                          a:
                            extends: b
                            image: a
                          b:
                            extends: a
                          c:
                            extends: nowhere
                          d:
                            extends: {file: missing.yaml, service: x}
                          e:
                            extends: {file: other.yaml, service: nope}
                          self:
                            extends: self
                        """)
                .file("other.yaml", "services:\n  yes: {image: y}\n");
        ComposeProject p = files.load("compose.yaml");
        assertThat(MemoryProject.problems(p)).containsExactly(
                "EXTENDS compose.yaml:3:14 extends cycle: service `a` extends itself through `b`",
                "EXTENDS compose.yaml:8:14 service `nowhere` not found",
                "MISSING_FILE compose.yaml:10:21 extends file `missing.yaml` not found",
                "EXTENDS compose.yaml:12:42 service `nope` not found in `other.yaml`",
                "EXTENDS compose.yaml:14:14 extends cycle: service `self` extends itself through `self`");
        assertThat(p.services()).extracting(Service::name).containsExactly("a", "b", "c", "d", "e", "self");
    }

    @Test
    void includeLoadsEachProjectWithItsOwnEnvAndTheIncludingFileWins() {
        MemoryProject files = new MemoryProject()
                .file(".env", "SHARED=parent\n")
                .file("compose.yaml", """
                        include:
                          - db/compose.yaml
                          - path: [cache/compose.yaml, cache/compose.override.yaml]
                            env_file: cache/custom.env
                        services:
                          web:
                            image: web
                            depends_on: [db]
                          db:
                            environment: {EXTRA: "1"}
                        """)
                .file("db/.env", "PG=16\nSHARED=child\n")
                .file("db/compose.yaml", "services:\n  db:\n    image: postgres:${PG}-${SHARED}\n    volumes: [./data:/var/lib/postgresql/data]\n")
                .file("cache/custom.env", "REDIS=7\n")
                .file("cache/compose.yaml", "services:\n  cache:\n    image: redis:${REDIS}\n")
                .file("cache/compose.override.yaml", "services:\n  cache:\n    mem_limit: 256m\n");
        ComposeProject p = files.load("compose.yaml");
        assertThat(p.services()).extracting(Service::name).containsExactly("web", "db", "cache");
        Service db = p.service("db").orElseThrow();
        assertThat(db.image().orElseThrow().value()).isEqualTo("postgres:16-parent");
        assertThat(db.environment()).extracting(KeyValue::key).containsExactly("EXTRA");
        assertThat(db.volumes().get(0).hostPath()).hasValue(MemoryProject.ROOT.resolve("db/data"));
        assertThat(MemoryProject.at(db.image().orElseThrow().span())).isEqualTo("db/compose.yaml:3:12 postgres:${PG}-${SHARED}");
        Service cache = p.service("cache").orElseThrow();
        assertThat(cache.image().orElseThrow().value()).isEqualTo("redis:7");
        assertThat(cache.memLimit().orElseThrow().span().path()).isEqualTo("cache/compose.override.yaml");
        assertThat(p.problems()).isEmpty();
        assertThat(p.model().has("include")).isFalse();
    }

    @Test
    void includeCyclesMissingFilesAndUnreadableFilesAreProblems() {
        MemoryProject files = new MemoryProject()
                .file("compose.yaml", "include: [a.yaml, missing.yaml, locked.yaml]\nservices:\n  web: {image: web}\n")
                .file("a.yaml", "include: [b.yaml]\nservices:\n  a: {image: a}\n")
                .file("b.yaml", "include: [a.yaml]\nservices:\n  b: {image: b}\n")
                .unreadable("locked.yaml", "permission denied");
        ComposeProject p = files.load("compose.yaml");
        assertThat(MemoryProject.problems(p)).containsExactly(
                "INCLUDE b.yaml:1:11 include cycle: a.yaml -> b.yaml -> a.yaml",
                "MISSING_FILE compose.yaml:1:19 included file `missing.yaml` not found",
                "INCLUDE compose.yaml:1:33 cannot read included file `locked.yaml`: permission denied");
        assertThat(p.services()).extracting(Service::name).containsExactly("web", "a", "b");
    }

    @Test
    void aFileIncludingItselfIsACycle() {
        ComposeProject p = new MemoryProject().file("compose.yaml", "include: [./compose.yaml]\nservices: {web: {image: w}}\n")
                .load("compose.yaml");
        assertThat(MemoryProject.problems(p)).containsExactly(
                "INCLUDE compose.yaml:1:11 include cycle: compose.yaml -> compose.yaml");
    }

    @Test
    void envFilesAreReadAndTheResolvedEnvironmentFollowsCompose() {
        MemoryProject files = new MemoryProject()
                .file(".env", "FROM_DOTENV=dot\n")
                .file("compose.yaml", """
                        services:
                          web:
                            image: web
                            env_file:
                              - common.env
                              - path: missing-optional.env
                                required: false
                              - missing-required.env
                            environment:
                              B: from-environment
                              FROM_DOTENV:
                              NOT_ANYWHERE:
                        """)
                .file("common.env", "A=1\nB=2\nNOT_ANYWHERE=x\nREF=${FROM_DOTENV}\n");
        ComposeProject p = files.load("compose.yaml");
        Service web = p.service("web").orElseThrow();
        assertThat(web.envFiles()).extracting(f -> f.path().value() + " " + f.entries().size())
                .containsExactly("common.env 4", "missing-optional.env 0", "missing-required.env 0");
        assertThat(web.resolvedEnvironment().values()).extracting(v -> v.name() + "=" + v.value() + " " + v.origin())
                .containsExactly("A=1 ENV_FILE", "B=from-environment ENVIRONMENT", "REF=dot ENV_FILE",
                        "FROM_DOTENV=dot PROJECT_ENVIRONMENT");
        assertThat(MemoryProject.at(web.resolvedEnvironment().get("A").span())).isEqualTo("common.env:1:3 1");
        assertThat(MemoryProject.problems(p)).containsExactly(
                "MISSING_FILE compose.yaml:8:9 env file `missing-required.env` not found");
    }

    @Test
    void standardInputHasNoDirectoryUnlessGiven() {
        dev.bulwark.core.SourceText source = new dev.bulwark.core.SourceText("-", "services:\n  web:\n    extends: {file: base.yaml, service: b}\n");
        ComposeInput stdin = new ComposeInput(java.util.Optional.empty(), source, new dev.bulwark.yaml.YamlParser().parse(source));
        MemoryProject files = new MemoryProject().file("base.yaml", "services:\n  b: {image: b}\n");
        ComposeProject p = new ComposeLoader(files).load(List.of(stdin));
        assertThat(MemoryProject.problems(p)).containsExactly("EXTENDS -:3:21 cannot resolve extends file `base.yaml`");
        ComposeProject withDir = new ComposeLoader(files).load(List.of(stdin), MemoryProject.ROOT);
        assertThat(withDir.problems()).isEmpty();
        assertThat(withDir.service("web").orElseThrow().image().orElseThrow().value()).isEqualTo("b");
    }
}
