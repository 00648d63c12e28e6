package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.classify.SkipReason;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.Discovery;
import dev.bulwark.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose and Kubernetes files through discovery, classification and the second phase. */
class YamlInputsTest {
    private static final String PRIVILEGED = "DC024";
    private final Auditor auditor = new Auditor(TestRules.all(), 2);

    @TempDir
    Path tmp;

    private Path write(String relative, String text) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private AuditResult auditTree() throws IOException {
        List<Input> inputs = new Discovery(tmp).discover(List.of(), new ByteArrayInputStream(new byte[0]));
        return auditor.audit(inputs, Settings.defaults());
    }

    @Test
    void aSearchFindsComposeAndManifestsAndSkipsOtherYamlWithAReason() throws IOException {
        write("Dockerfile", "FROM a:latest\n");
        write("compose.yaml", "services:\n  api:\n    image: a:1\n");
        write("k8s/app.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n");
        write("conf/train.yaml", "lr: 0.1\n");
        write("chart/Chart.yaml", "apiVersion: v2\nname: c\nversion: 1.0.0\n");
        write("chart/templates/d.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n");
        write(".github/workflows/ci.yml", "on: push\njobs: {}\n");
        write(".github/actions/setup/action.yml", "name: setup\nruns:\n  using: composite\n  steps: []\n");
        Files.write(tmp.resolve("conf/blob.yml"), new byte[] {0, 1, 2});
        AuditResult r = auditTree();
        assertThat(r.filesChecked()).isEqualTo(4);
        assertThat(r.findings()).extracting(Finding::path).containsOnly("Dockerfile");
        assertThat(r.skipped()).containsExactly(
                new SkippedFile(".github/actions/setup/action.yml", SkipReason.CI_WORKFLOW),
                new SkippedFile("chart/Chart.yaml", SkipReason.OTHER_YAML),
                new SkippedFile("chart/templates/d.yaml", SkipReason.HELM_TEMPLATE),
                new SkippedFile("conf/blob.yml", SkipReason.UNREADABLE_YAML),
                new SkippedFile("conf/train.yaml", SkipReason.OTHER_YAML));
        assertThat(r.sources()).containsKeys("compose.yaml", "k8s/app.yaml", ".github/workflows/ci.yml");
    }

    @Test
    void aSearchSkipsPagesAndPicturesWithADockerfilesNameButAuditsThemWhenNamed() throws IOException {
        write("docs/Dockerfile.stages", "Build stages\n============\n\nFROM base AS build\n");
        Files.write(tmp.resolve("docs/Dockerfile.diagram"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        write("docs/dockerfile.md", "# The Dockerfile\n");
        write("Dockerfile", "FROM a:1.2\n");
        AuditResult r = auditTree();
        assertThat(r.filesChecked()).isEqualTo(1);
        assertThat(r.skipped()).containsExactly(
                new SkippedFile("docs/Dockerfile.diagram", SkipReason.NOT_A_DOCKERFILE),
                new SkippedFile("docs/Dockerfile.stages", SkipReason.NOT_A_DOCKERFILE));
        List<Input> named = new Discovery(tmp).discover(List.of(tmp.resolve("docs/Dockerfile.stages").toString()),
                new ByteArrayInputStream(new byte[0]));
        assertThat(auditor.audit(named, Settings.defaults()).findings()).extracting(f -> f.rule().code())
                .contains("DF001");
    }

    @Test
    void yamlSyntaxErrorsAreFindingsOfTheirKindWithExactLines() throws IOException {
        write("compose.yaml", "services:\n  api:\n    image: [a\n");
        write("k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n\tlabels: {}\n");
        write(".github/workflows/ci.yml", "on: push\njobs:\n  a:\n    steps: [b\n");
        AuditResult r = auditTree();
        assertThat(r.findings()).extracting(f -> f.rule().code() + " " + f.path() + ":" + f.location().line())
                .containsExactly("CI001 .github/workflows/ci.yml:5", "DC001 compose.yaml:4", "KU001 k8s/pod.yaml:5");
    }

    @Test
    void suppressionCommentsWorkInYaml() throws IOException {
        write("a/compose.yaml", "services:\n  # bulwark-ignore: DC001 -- kept on purpose\n  api:\n    image: a:1\n"
                + "    image: a:2\n  web:\n    image: w:1\n    image: w:2\n");
        write("b/compose.yaml", "# bulwark-ignore-file: compose-syntax-error\nservices:\n  api:\n    image: [a\n");
        write("c/compose.yaml", "services:\n  api:  # bulwark-ignore: DC001\n    image: a:1\n");
        AuditResult r = auditTree();
        assertThat(r.findings()).extracting(f -> f.rule().code() + " " + f.path() + ":" + f.location().line())
                .containsExactly("DC001 a/compose.yaml:8", "BW003 c/compose.yaml:2");
    }

    @Test
    void testSetupsAreJudgedOnlyForSecretsSyntaxAndCorrectnessAndDevelopmentStacksNotForLimits() throws IOException {
        String compose = "services:\n  db:\n    image: postgres:16.6\n    environment:\n"
                + "      POSTGRES_PASSWORD: Xk3v9QpL2mWz8Rt\n  api:\n    image: ghcr.io/acme/api:1.4.2\n"
                + "    privileged: true\n";
        write("deploy/compose.yaml", compose);
        write("tests/integration/compose.yaml", compose);
        write(".devcontainer/docker-compose.yml", compose);
        AuditResult r = new Auditor(BuiltinRules.all(), 2).audit(
                new Discovery(tmp).discover(List.of(), new ByteArrayInputStream(new byte[0])), Settings.defaults());
        List<String> deploy = codesIn(r, "deploy/compose.yaml");
        List<String> test = codesIn(r, "tests/integration/compose.yaml");
        List<String> dev = codesIn(r, ".devcontainer/docker-compose.yml");
        // DC004/DC005: no limits (resource-limits); PRIVILEGED: security; DC040: a literal password.
        assertThat(deploy).contains("DC004", "DC005", PRIVILEGED, "DC040");
        assertThat(test).contains("DC040").doesNotContain("DC004", "DC005", PRIVILEGED);
        assertThat(dev).contains("DC040", PRIVILEGED).doesNotContain("DC004", "DC005");
    }

    private static List<String> codesIn(AuditResult r, String path) {
        return r.findings().stream().filter(f -> f.path().equals(path)).map(f -> f.rule().code()).toList();
    }

    @Test
    void aNamedYamlFileThatCannotBeReadIsReported() throws IOException {
        Path blob = tmp.resolve("x.yaml");
        Files.write(blob, new byte[] {0, 1});
        AuditResult r = auditor.audit(List.of(Input.file("x.yaml", blob)), Settings.defaults());
        assertThat(r.findings()).extracting(f -> f.rule().code()).containsExactly("BW001");
        assertThat(r.skipped()).isEmpty();
    }
}
