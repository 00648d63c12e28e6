package dev.bulwark.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmTemplatesTest {

    @Test
    void structuralActionsAreTemplates() {
        assertThat(HelmTemplates.templateActionLine("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  labels:
                    {{- include "chart.labels" . | nindent 4 }}
                """)).isEqualTo(5);
        assertThat(HelmTemplates.hasTemplateActions("replicas: {{ .Replicas }}\n")).isTrue();
        assertThat(HelmTemplates.hasTemplateActions("items:\n- {{ .Item }}\n")).isTrue();
        assertThat(HelmTemplates.hasTemplateActions("{{ if .Enabled }}\nkind: Pod\n{{ end }}\n")).isTrue();
        assertThat(HelmTemplates.hasTemplateActions("{% if x %}\nkind: Pod\n{% endif %}\n")).isTrue();
    }

    @Test
    void helmObjectsAreTemplatesEvenQuoted() {
        assertThat(HelmTemplates.hasTemplateActions(
                "image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n")).isTrue();
        assertThat(HelmTemplates.hasTemplateActions("namespace: '{{ .Release.Namespace }}'\n")).isTrue();
        assertThat(HelmTemplates.hasTemplateActions("name: \"{{ include \\\"x\\\" . }}\"\n")).isTrue();
        assertThat(HelmTemplates.hasTemplateActions("image: repo:{{ .Chart.AppVersion }}\n")).isTrue();
    }

    @Test
    void argoParametersAndTemplatedDataAreNotTemplates() {
        assertThat(HelmTemplates.hasTemplateActions("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                spec:
                  templates:
                  - name: train
                    container:
                      args: ["{{inputs.parameters.lr}}", "--out={{workflow.name}}"]
                      image: "{{workflow.parameters.image}}"
                """)).isFalse();
        assertThat(HelmTemplates.hasTemplateActions("""
                apiVersion: v1
                kind: ConfigMap
                data:
                  dashboard.json: |
                    {"legendFormat": "{{name}}"}
                    {{ if .Enabled }}
                  ingress: |-
                    {{- range .Hosts }}
                other: value
                """)).isFalse();
        assertThat(HelmTemplates.hasTemplateActions("# {{ .Values.commented }}\nkind: Pod\n")).isFalse();
        assertThat(HelmTemplates.hasTemplateActions("kind: Pod # {{ .Values.trailing }}\n")).isFalse();
        assertThat(HelmTemplates.hasTemplateActions("kind: Pod\nimage: \"{{ .Name }}\"\n")).isFalse();
    }

    @Test
    void filesOfAChartTemplatesFolderAreTemplatesWhateverTheirText(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Path template = dir.resolve("templates/crds/crd.yaml");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "apiVersion: v1\nkind: ConfigMap\n");
        assertThat(HelmTemplates.chartOf(template)).contains(dir.toAbsolutePath().normalize());
        assertThat(HelmTemplates.skipReason(Optional.of(template), "kind: ConfigMap\n").get())
                .startsWith("Helm chart template");
        Path elsewhere = dir.resolve("manifests/templates/x.yaml");
        assertThat(HelmTemplates.chartOf(elsewhere)).isEmpty();
        assertThat(HelmTemplates.skipReason(Optional.of(elsewhere), "kind: ConfigMap\n")).isEmpty();
        assertThat(HelmTemplates.skipReason(Optional.empty(), "a: {{ .Values.x }}\n").get())
                .contains("line 1");
    }

    @Test
    void filesOfAChartFilesFolderAreDataTheTemplatesRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
        Path data = dir.resolve("files/kserve/resources.yaml");
        Files.createDirectories(data.getParent());
        Files.writeString(data, "apiVersion: v1\nkind: ConfigMap\n");
        assertThat(HelmTemplates.chartOf(data)).contains(dir.toAbsolutePath().normalize());
        assertThat(HelmTemplates.skipReason(Optional.of(data), "kind: ConfigMap\n").get())
                .startsWith("Helm chart file (read by the templates of chart");
        Path crd = dir.resolve("crds/crd.yaml");
        assertThat(HelmTemplates.chartOf(crd)).as("Helm installs crds/ as they are").isEmpty();
        Path noChart = dir.resolve("other/files/x.yaml");
        assertThat(HelmTemplates.chartOf(noChart)).isEmpty();
    }
}
