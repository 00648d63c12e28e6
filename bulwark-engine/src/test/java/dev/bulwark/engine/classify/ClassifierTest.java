package dev.bulwark.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassifierTest {
    private final Classifier classifier = new Classifier(new YamlParser());

    private Classification classify(String path, String text) {
        return classifier.classify(new SourceText(path, text), Optional.empty());
    }

    private FileKind kind(String path, String text) {
        Classification c = classify(path, text);
        assertThat(c).as(path).isInstanceOf(Classification.Yaml.class);
        return ((Classification.Yaml) c).kind();
    }

    private SkipReason skipped(String path, String text) {
        Classification c = classify(path, text);
        assertThat(c).as(path).isInstanceOf(Classification.Skipped.class);
        return ((Classification.Skipped) c).reason();
    }

    @Test
    void dockerfilesStayDockerfilesWhateverTheirName() {
        assertThat(classify("Dockerfile", "FROM python:3.12\nRUN pip install x\n")).isInstanceOf(Classification.Dockerfile.class);
        assertThat(classify("build.txt", "# syntax=docker/dockerfile:1\n\nARG V=1\nFROM a:$V\n"))
                .isInstanceOf(Classification.Dockerfile.class);
        assertThat(classify("-", "from alpine:3.20\n")).isInstanceOf(Classification.Dockerfile.class);
        assertThat(classify("Dockerfile.yaml", "FROM x:1\n")).isInstanceOf(Classification.Dockerfile.class);
        // Not YAML-shaped and not named like YAML: the Dockerfile parser reports it.
        assertThat(classify("notes", "hello world\n")).isInstanceOf(Classification.Dockerfile.class);
    }

    @Test
    void aFoundFileThatDoesNotStartWithAnInstructionIsNotADockerfile() {
        String page = "# Dockerfile stages\n\nThe build has three stages:\n\n```\nFROM base AS build\n```\n";
        Classification found = classifier.classify(new SourceText("docs/Dockerfile.stages", page), Optional.empty(), true);
        assertThat(found).isInstanceOf(Classification.Skipped.class);
        assertThat(((Classification.Skipped) found).reason()).isEqualTo(SkipReason.NOT_A_DOCKERFILE);
        // Named by the user: audited, and its syntax errors reported.
        assertThat(classify("docs/Dockerfile.stages", page)).isInstanceOf(Classification.Dockerfile.class);
        // Found, but starting with a comment, a directive or an instruction: a Dockerfile.
        assertThat(classifier.classify(new SourceText("Dockerfile.gpu", "# syntax=docker/dockerfile:1\n# GPU\narg V=1\n"),
                Optional.empty(), true)).isInstanceOf(Classification.Dockerfile.class);
        assertThat(classifier.classify(new SourceText("Dockerfile.empty", "# nothing yet\n"), Optional.empty(), true))
                .isInstanceOf(Classification.Dockerfile.class);
    }

    @Test
    void yamlIsNeverParsedAsADockerfile() {
        assertThat(kind("Dockerfile", "services:\n  api:\n    image: a:1\n")).isEqualTo(FileKind.COMPOSE);
        assertThat(kind("-", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n")).isEqualTo(FileKind.KUBERNETES);
        assertThat(skipped("settings", "# comment\nlearning_rate: 0.1\n")).isEqualTo(SkipReason.OTHER_YAML);
    }

    @ParameterizedTest
    @ValueSource(strings = {"compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml",
            "compose.override.yaml", "docker-compose.override.yml", "compose.gpu.yaml", "docker-compose.prod.yml"})
    void composeNames(String name) {
        assertThat(ComposeNames.isComposeFile(name)).isTrue();
        assertThat(kind("deploy/" + name, "services:\n  api:\n    image: a:1\n")).isEqualTo(FileKind.COMPOSE);
    }

    @Test
    void composeByContentWithAnyName() {
        assertThat(kind("compose_text-generation.yaml", "x-common: &c\n  restart: always\nservices:\n  tgi:\n    <<: *c\n"))
                .isEqualTo(FileKind.COMPOSE);
        assertThat(kind("stack.yml", "include:\n  - other.yaml\n")).isEqualTo(FileKind.COMPOSE);
        // A values file that happens to have `services` next to keys Compose does not know.
        assertThat(skipped("values.yaml", "services:\n  api: {}\nreplicaCount: 2\n")).isEqualTo(SkipReason.OTHER_YAML);
    }

    @Test
    void kubernetesByContentAnywhereInAMultiDocumentFile() {
        assertThat(kind("deploy/app.yaml", "---\n# leading comment\n---\napiVersion: apps/v1\nkind: Deployment\n"))
                .isEqualTo(FileKind.KUBERNETES);
        assertThat(kind("kustomization.yaml", "resources:\n  - deploy.yaml\n")).isEqualTo(FileKind.KUBERNETES);
        // Chart.yaml has an apiVersion but no kind: not a manifest.
        assertThat(skipped("chart/Chart.yaml", "apiVersion: v2\nname: x\nversion: 0.1.0\n")).isEqualTo(SkipReason.OTHER_YAML);
    }

    @Test
    void brokenYamlIsClassifiedByItsTextSoItsSyntaxErrorIsReported() {
        assertThat(kind("m.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n")).isEqualTo(FileKind.KUBERNETES);
        assertThat(kind("stack.yml", "services:\n  api:\n    image: [a\n")).isEqualTo(FileKind.COMPOSE);
        assertThat(skipped("cfg.yaml", "a: [b\n")).isEqualTo(SkipReason.OTHER_YAML);
    }

    @Test
    void templatesAreSkippedButTemplateTextInsideStringsIsContent() {
        assertThat(skipped("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n"))
                .isEqualTo(SkipReason.HELM_TEMPLATE);
        assertThat(skipped("svc.yaml", "{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\n{{- end }}\n"))
                .isEqualTo(SkipReason.HELM_TEMPLATE);
        String alertRules = "apiVersion: v1\nkind: ConfigMap\ndata:\n  rules: |\n    summary: \"{{ $labels.pod }} down\"\n";
        assertThat(kind("alerts.yaml", alertRules)).isEqualTo(FileKind.KUBERNETES);
        String workflow = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.sha }}\n";
        assertThat(kind(".github/workflows/ci.yml", workflow)).isEqualTo(FileKind.WORKFLOW);
        assertThat(kind(".gitlab-ci.yml", "build:\n  script: [make]\n")).isEqualTo(FileKind.WORKFLOW);
    }

    @Test
    void workflowsAreAuditedWhenTheirContentConfirmsThemAndCompositeActionsAreSkipped() {
        assertThat(kind("ci/release.yml", "on: push\njobs:\n  a:\n    steps: []\n")).isEqualTo(FileKind.WORKFLOW);
        assertThat(kind(".github/workflows/broken.yml", "on: push\njobs:\n  a: [b\n")).isEqualTo(FileKind.WORKFLOW);
        assertThat(skipped(".github/workflows/notes.yml", "title: release notes\n")).isEqualTo(SkipReason.CI_WORKFLOW);
        assertThat(skipped(".github/actions/setup/action.yml", "name: setup\nruns:\n  using: composite\n  steps: []\n"))
                .isEqualTo(SkipReason.CI_WORKFLOW);
        assertThat(skipped(".gitlab-ci.yml", "variables:\n  A: b\n")).isEqualTo(SkipReason.CI_WORKFLOW);
        // CircleCI (rounds 11 and 12): its cache keys' `{{ checksum }}` is no Helm template.
        String circle = "version: 2.1\njobs:\n  build:\n    steps:\n      - restore_cache:\n"
                + "          key: deps-{{ checksum \"requirements.txt\" }}\n";
        assertThat(skipped(".circleci/config.yml", circle)).isEqualTo(SkipReason.CI_WORKFLOW);
        assertThat(skipped("tools/vissl/.circleci/config.yml", circle)).isEqualTo(SkipReason.CI_WORKFLOW);
    }

    @Test
    void filesUnderAChartsTemplatesFolderAreTemplatesWhateverTheyHold(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 1.0.0\n");
        Path template = Files.createDirectories(dir.resolve("templates")).resolve("static.yaml");
        String text = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ml\n";
        Files.writeString(template, text);
        assertThat(classifier.classify(new SourceText("templates/static.yaml", text), Optional.of(template)))
                .isInstanceOf(Classification.Skipped.class);
        Path plain = Files.createDirectories(dir.resolve("other/templates")).resolve("ns.yaml");
        assertThat(classifier.classify(new SourceText("other/templates/ns.yaml", text), Optional.of(plain)))
                .isInstanceOf(Classification.Yaml.class);
    }

    @Test
    void filesForOtherBuildkitFrontendsAreSkipped() {
        String dalec = "# syntax=ghcr.io/azure/dalec/frontend:latest\nname: my-package\nversion: 1.0.0\nsources: {}\n";
        assertThat(skipped("my-package.yml", dalec)).isEqualTo(SkipReason.OTHER_FRONTEND);
        assertThat(skipped("Dockerfile", "#syntax=example.com/earthly:1\nVERSION 0.8\n")).isEqualTo(SkipReason.OTHER_FRONTEND);
        for (String frontend : new String[] {"docker/dockerfile:1", "docker/dockerfile:1.7-labs",
                "docker.io/docker/dockerfile-upstream:master", "docker/dockerfile@sha256:ac85f380a63b13dfcefa89046420e1781752bab202122f8f50032edf31be0021",
                "mirror.gcr.io/docker/dockerfile:1", "tonistiigi/dockerfile:runmount20180618"}) {
            assertThat(classify("Dockerfile", "# syntax=" + frontend + "\nFROM a:1\n")).as(frontend)
                    .isInstanceOf(Classification.Dockerfile.class);
        }
        // Only the leading directive block counts, as in BuildKit.
        assertThat(classify("Dockerfile", "FROM a:1\n# syntax=other/frontend\n")).isInstanceOf(Classification.Dockerfile.class);
        assertThat(classify("Dockerfile", "# escape=`\n# comment\n# syntax=other/frontend\nFROM a:1\n"))
                .isInstanceOf(Classification.Dockerfile.class);
    }
}
