package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile input stays bounded and gives problems, never exceptions (no timing: bounds are structural). */
class HostilityTest {

    @Test
    void aliasBombIsRefusedByTheYamlLayerAndTheLoaderCopes() {
        StringBuilder b = new StringBuilder("x-a: &a [\"${X}\", \"${X}\", \"${X}\", \"${X}\", \"${X}\", \"${X}\", \"${X}\", \"${X}\", \"${X}\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            b.append("x-").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i > 0 ? ", " : "").append('*').append(prev);
            }
            b.append("]\n");
            prev = c;
        }
        b.append("services:\n  web: {image: nginx}\n");
        ComposeProject p = MemoryProject.of(b.toString());
        assertThat(p.problems()).extracting(ComposeProblem::kind).contains(ProblemKind.YAML_SYNTAX);
    }

    @Test
    void deepNestingIsCut() {
        StringBuilder b = new StringBuilder("services:\n  web:\n    image: nginx\n    labels:\n      x-deep: ");
        int depth = 400;
        b.append("[".repeat(depth)).append("1").append("]".repeat(depth)).append('\n');
        ComposeProject p = MemoryProject.of(b.toString());
        assertThat(p.problems()).extracting(ComposeProblem::kind).containsAnyOf(ProblemKind.LIMIT, ProblemKind.YAML_SYNTAX);
        assertThat(p.services()).isNotNull();
    }

    @Test
    void hugeValuesAndManyVariables() {
        String big = "$X".repeat(20_000) + "${Y:-" + "z".repeat(100_000) + "}";
        ComposeProject p = MemoryProject.of("services:\n  web:\n    image: nginx\n    command: \"" + big + "\"\n");
        assertThat(p.service("web").orElseThrow().command().orElseThrow().words().get(0).text()).hasSize(100_000);
        assertThat(p.problems()).hasSize(20_000);
    }

    @Test
    void deeplyNestedDefaultsAreBounded() {
        String nested = "${A:-".repeat(1000) + "x" + "}".repeat(1000);
        ComposeProject p = MemoryProject.of("services:\n  web:\n    image: \"" + nested + "\"\n");
        assertThat(p.problems()).extracting(ComposeProblem::kind).contains(ProblemKind.INVALID_INTERPOLATION);
    }

    @Test
    void binaryGarbageNeverThrows() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                b.append((char) random.nextInt(0x3000));
            }
            ComposeProject p = MemoryProject.of(b.toString());
            assertThat(p.problems()).isNotEmpty();
        }
    }

    @Test
    void mutatedComposeTextNeverThrows() {
        String seed = """
                x-c: &c {restart: always, environment: {A: "${A:-1}"}}
                include: [other.yaml]
                services:
                  web:
                    <<: *c
                    image: "nginx:${TAG}"
                    ports: ["8080:80", {target: 443, published: "8443"}]
                    volumes: ["./d:/d:ro", {type: tmpfs, target: /t}]
                    depends_on: {db: {condition: service_healthy}}
                    extends: {service: db}
                    healthcheck: {test: [CMD, curl], interval: 1m}
                    deploy: {resources: {limits: {memory: 1g}, reservations: {devices: [{capabilities: [gpu]}]}}}
                  db: {image: postgres, secrets: [s]}
                secrets: {s: {file: ./s}}
                """;
        Random random = new Random(7);
        String alphabet = "{}[]:,-&*!$\"'\n #|>";
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder(seed);
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            MemoryProject files = new MemoryProject().file("compose.yaml", b.toString())
                    .file("other.yaml", b.toString()).file("s", "secret");
            ComposeProject p = files.load("compose.yaml");
            assertThat(p.sources()).isNotEmpty();
        }
    }

    @Test
    void includeChainsAreBounded() {
        MemoryProject files = new MemoryProject();
        // Every level includes a deeper directory: distinct paths, so only the depth bound stops it.
        StringBuilder dir = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            files.file(dir + "compose.yaml", "include: [d/compose.yaml]\nservices:\n  s" + i + ": {image: x}\n");
            dir.append("d/");
        }
        ComposeProject p = files.load("compose.yaml");
        assertThat(p.problems()).extracting(ComposeProblem::kind).contains(ProblemKind.LIMIT);
        assertThat(p.services()).hasSize(ProjectLoader.MAX_INCLUDE_DEPTH);
    }

    @Test
    void extendsChainsAreBounded() {
        // Listed deepest first, so resolving the first service walks the whole chain.
        StringBuilder b = new StringBuilder("services:\n");
        for (int i = 59; i > 0; i--) {
            b.append("  s").append(i).append(": {extends: s").append(i - 1).append("}\n");
        }
        b.append("  s0: {image: x}\n");
        ComposeProject p = MemoryProject.of(b.toString());
        assertThat(p.problems()).extracting(ComposeProblem::kind).containsOnly(ProblemKind.LIMIT);
        assertThat(p.services()).hasSize(60);
    }
}
