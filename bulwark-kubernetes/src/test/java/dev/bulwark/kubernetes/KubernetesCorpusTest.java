package dev.bulwark.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every Kubernetes file of the shared corpus and of the shared projects (in their real layout, so
 * kustomizations and Helm charts resolve) is read with zero exceptions; prints what was found and
 * pins the files with problems.
 */
class KubernetesCorpusTest {

    /** What one run over a group of files found. */
    static final class Tally {
        final Map<String, Integer> objectsPerKind = new TreeMap<>();
        final Map<String, Integer> templatesPerKind = new TreeMap<>();
        final Map<String, String> helmSkipped = new TreeMap<>();
        final Map<String, String> partialFiles = new TreeMap<>();
        final Map<String, String> partialObjects = new TreeMap<>();
        final Map<String, String> notKubernetes = new TreeMap<>();
        final Map<String, List<String>> problems = new TreeMap<>();
        int files;
        int kustomizations;
        int yamlErrors;

        static void add(Map<String, Integer> m, String key) {
            m.merge(key, 1, Integer::sum);
        }
    }

    @Test
    void corpusAndProjectManifestsReadWithoutExceptions() throws IOException {
        Path shared = SharedCorpus.sharedOrSkip();
        Tally corpus = run(SharedCorpus.corpusManifests(shared));
        Tally projects = run(SharedCorpus.projectManifests(shared));
        print("corpus (SOURCES.tsv kind k8s)", corpus);
        print("projects (FILES.tsv category k8s)", projects);

        // The corpus excluded `{{` files and holds valid manifests only: nothing to skip, nothing wrong.
        assertThat(corpus.files).isEqualTo(124);
        assertThat(corpus.helmSkipped).isEmpty();
        assertThat(corpus.notKubernetes).isEmpty();
        assertThat(corpus.problems).isEmpty();
        assertThat(corpus.templatesPerKind).containsEntry("Deployment / WORKLOAD", 100)
                .containsEntry("RayCluster / RAY_WORKER", 4).containsEntry("RayService / RAY_HEAD", 2);

        assertThat(projects.files).isEqualTo(1206);
        assertThat(projects.problems).containsOnlyKeys(
                // A Jupyter web-app template filled in by Python's str.format: `name: {name}` is a YAML
                // flow mapping, so as written the API rejects the name, a label, serviceAccountName and
                // the container name. Right: the file is not applicable as it stands.
                "projects/kubeflow__kubeflow/components/crud-web-apps/jupyter/backend/apps/common/yaml/notebook_template.yaml",
                // Both kustomizations end with a second `apiVersion:` line: a real duplicate key,
                // reported by the YAML parser (the model reads the first).
                "projects/vllm-project__aibrix/config/experimentals/gpu-optimizer/gateway-plugin/kustomization.yaml",
                "projects/vllm-project__aibrix/config/overlays/dev/gpu-optimizer/kustomization.yaml");
        assertThat(projects.problems.get(
                "projects/kubeflow__kubeflow/components/crud-web-apps/jupyter/backend/apps/common/yaml/notebook_template.yaml"))
                .containsExactly("4:9 `name` is not a string", "7:10 value of `app` in `labels` is not a string",
                        "14:27 `serviceAccountName` is not a string", "16:17 `name` is not a string");
        assertThat(projects.yamlErrors).isEqualTo(2);

        // Helm: every file under a chart's templates/ folder, every file under its files/ folder
        // (data the templates read with `.Files` and patch: KServe's charts patch the images of
        // files/*/resources.yaml from values), and chart files with template actions elsewhere.
        assertThat(projects.helmSkipped).hasSize(141);
        projects.helmSkipped.forEach((path, reason) -> {
            if (reason.startsWith("template actions")) {
                assertThat(path).contains("/charts/");
            } else if (reason.startsWith("Helm chart file")) {
                assertThat(path).contains("/files/");
            } else {
                assertThat(path).contains("/templates/");
            }
        });
        // Chart.yaml, values files, helm-unittest suites and a Helm values file under testdata hold no object.
        projects.notKubernetes.forEach((path, name) -> assertThat(name.equals("Chart.yaml") || name.startsWith("values")
                || path.contains("/tests/") || path.contains("/testdata/")).as(path).isTrue());
        // Objects found partial by their content are kustomize patches whose kustomization names them
        // in a file that was not copied, or in a commented-out line (their names say so), or forms
        // to fill in (`endpoint: <endpoint>`).
        projects.partialObjects.forEach((object, reason) -> {
            if (!reason.contains("fill-in placeholder")) {
                assertThat(object).containsAnyOf("patch", "override");
            }
        });
        assertThat(projects.partialObjects.values()).filteredOn(reason -> reason.contains("fill-in placeholder"))
                .hasSize(5);
        assertThat(projects.partialFiles).hasSizeGreaterThan(100);
        assertThat(projects.templatesPerKind)
                .containsEntry("RayCluster / RAY_HEAD", 45).containsEntry("RayCluster / RAY_WORKER", 41)
                .containsEntry("RayJob / RAY_WORKER", 10).containsEntry("Workflow / WORKFLOW_STEP", 34)
                .containsEntry("TrainJob / TRAINER", 8).containsEntry("ClusterTrainingRuntime / REPLICATED_JOB", 20)
                .containsEntry("MPIJob / TRAINING_REPLICA", 11).containsEntry("TFJob / TRAINING_REPLICA", 3)
                .containsEntry("Experiment / TRAINING_REPLICA", 7).containsEntry("Notebook / NOTEBOOK", 6)
                .containsEntry("ClusterServingRuntime / SERVING_RUNTIME", 9);
    }

    private static Tally run(List<SharedCorpus.Entry> entries) throws IOException {
        Tally t = new Tally();
        Map<String, List<ManifestFile>> byRepo = new LinkedHashMap<>();
        YamlParser parser = new YamlParser();
        for (SharedCorpus.Entry e : entries) {
            t.files++;
            String text = Files.readString(e.path(), StandardCharsets.UTF_8);
            Optional<String> helm = HelmTemplates.skipReason(Optional.of(e.path()), text);
            if (helm.isPresent()) {
                t.helmSkipped.put(e.display(), helm.get());
                continue;
            }
            YamlFile yaml = parser.parse(new SourceText(e.display(), text));
            if (yaml.hasProblems()) {
                t.yamlErrors++;
                t.problems.computeIfAbsent(e.display(), k -> new ArrayList<>()).add("YAML: " + yaml.problems().get(0).message());
            }
            String name = e.path().getFileName().toString();
            ManifestClassifier.Kind kind = ManifestClassifier.classify(name, yaml);
            if (kind == ManifestClassifier.Kind.NONE) {
                t.notKubernetes.put(e.display(), name);
                continue;
            }
            byRepo.computeIfAbsent(e.repo(), k -> new ArrayList<>()).add(ManifestFile.read(yaml, Optional.of(e.path())));
        }
        for (List<ManifestFile> files : byRepo.values()) {
            ManifestSet set = ManifestSet.of(files);
            for (ManifestFile f : set.files()) {
                String path = f.source().path();
                if (f.kustomization().isPresent()) {
                    t.kustomizations++;
                }
                if (f.partialReason().isPresent()) {
                    t.partialFiles.put(path, f.partialReason().get());
                }
                for (KubeObject o : f.objects()) {
                    Tally.add(t.objectsPerKind, o.kind() + " (" + o.knownKind() + ")");
                    if (o.isPartial() && f.partialReason().isEmpty()) {
                        t.partialObjects.put(path + " " + o.displayName(), o.partialReason().get());
                    }
                    for (PodTemplate p : o.podTemplates()) {
                        Tally.add(t.templatesPerKind, o.kind() + " / " + p.kind());
                    }
                }
                for (ManifestProblem p : f.problems()) {
                    t.problems.computeIfAbsent(path, k -> new ArrayList<>()).add(p.toString());
                }
            }
        }
        return t;
    }

    private static void print(String title, Tally t) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(title).append(": ").append(t.files).append(" files, ")
                .append(t.helmSkipped.size()).append(" Helm-skipped, ").append(t.notKubernetes.size())
                .append(" not Kubernetes, ").append(t.kustomizations).append(" kustomizations, ")
                .append(t.partialFiles.size()).append(" patch files, ").append(t.yamlErrors).append(" with YAML errors\n");
        b.append("-- objects per kind\n");
        t.objectsPerKind.forEach((k, v) -> b.append(String.format("%6d  %s%n", v, k)));
        b.append("-- pod templates per kind\n");
        t.templatesPerKind.forEach((k, v) -> b.append(String.format("%6d  %s%n", v, k)));
        b.append("-- partial objects outside patch files\n");
        t.partialObjects.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        b.append("-- patch files\n");
        t.partialFiles.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        b.append("-- Helm-skipped\n");
        t.helmSkipped.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        b.append("-- not Kubernetes\n");
        t.notKubernetes.forEach((k, v) -> b.append("  ").append(k).append('\n'));
        b.append("-- files with problems\n");
        t.problems.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        System.out.println(b);
    }
}
