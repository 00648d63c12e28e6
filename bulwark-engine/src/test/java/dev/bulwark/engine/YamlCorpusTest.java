package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.Discovery;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every Compose file and Kubernetes manifest of the shared corpus (named explicitly, each file
 * alone) and of the shared projects (searched, in their real layout), with every rule selected:
 * nothing crashes, every corpus file is classified as what it is, and the structural findings
 * (DC001, DC016, KU001) are exactly the ones listed here, each with the reason it is right.
 */
class YamlCorpusTest {
    private static final List<String> STRUCTURAL = List.of("DC001", "DC016", "KU001");

    private static Settings everyRule(List<Rule> rules) throws ConfigException {
        return new ConfigLoader(rules).apply(Settings.defaults(), SettingsOverride.none().withSelect(List.of("all")));
    }

    /** "path rule" to the number of findings, for the structural rules. */
    private static Map<String, Integer> structural(AuditResult r) {
        Map<String, Integer> out = new TreeMap<>();
        for (Finding f : r.findings()) {
            if (STRUCTURAL.contains(f.rule().code())) {
                out.merge(f.path() + " " + f.rule().code(), 1, Integer::sum);
            }
        }
        return out;
    }

    private static void noCrash(AuditResult r) {
        assertThat(r.findings()).filteredOn(f -> f.rule().code().equals("BW002")).extracting(Finding::message).isEmpty();
        assertThat(r.internalError()).isFalse();
    }

    @Test
    void corpusComposeFilesAndManifests() throws IOException, ConfigException {
        List<Input> inputs = Corpus.ofKinds(List.of("compose", "k8s"));
        List<Rule> rules = BuiltinRules.all();
        AuditResult r = new Auditor(rules, 2).audit(inputs, everyRule(rules));
        noCrash(r);
        assertThat(r.skipped()).as("every corpus Compose file and manifest is classified as one").isEmpty();
        assertThat(r.filesChecked()).isEqualTo(inputs.size());
        Map<String, Integer> expected = new TreeMap<>();
        // The flattened corpus holds single files: what they include from sibling folders is not there.
        for (String[] file : new String[][] {
                {"opea-project__GenAIComps/comps__animation__deployment__docker_compose__compose.yaml", "1"},
                {"opea-project__GenAIComps/comps__asr__deployment__docker_compose__compose.yaml", "2"},
                {"opea-project__GenAIComps/comps__dataprep__deployment__docker_compose__compose.yaml", "14"},
                {"opea-project__GenAIComps/comps__embeddings__deployment__docker_compose__compose.yaml", "4"},
                {"opea-project__GenAIComps/comps__guardrails__deployment__docker_compose__compose.yaml", "2"},
                {"opea-project__GenAIComps/comps__llms__deployment__docker_compose__compose_text-generation.yaml", "4"},
                {"opea-project__GenAIComps/comps__lvms__deployment__docker_compose__compose.yaml", "4"},
                {"intel__ai-containers/jax__docker-compose.yaml", "1"},
                {"intel__ai-containers/pytorch__docker-compose.yaml", "1"},
                {"intel__ai-containers/tensorflow__docker-compose.yaml", "1"}}) {
            expected.put(file[0] + " DC016", Integer.valueOf(file[1]));
        }
        // `env_file: .env` that the repositories do not commit (users create it): a fresh clone fails to start.
        expected.put("mudler__LocalAI/docker-compose.yaml DC016", 1);
        expected.put("mudler__LocalAI/.devcontainer__docker-compose-devcontainer.yml DC016", 1);
        expected.put("chroma-core__chroma/deployments__aws__docker-compose.yml DC016", 1);
        assertThat(structural(r)).as("no syntax error on valid YAML; missing files only where they are missing")
                .isEqualTo(expected);
    }

    @Test
    void projectsInTheirRealLayout() throws IOException, ConfigException {
        Path shared = Corpus.shared();
        List<Input> inputs = new Discovery(shared).discover(List.of("projects"), new ByteArrayInputStream(new byte[0]));
        List<Rule> rules = BuiltinRules.all();
        AuditResult r = new Auditor(rules, 2).audit(inputs, everyRule(rules));
        noCrash(r);
        Map<String, Integer> expected = new TreeMap<>();
        // The repository has no .env beside this file, which names it as a required env_file.
        expected.put("projects/chroma-core__chroma/deployments/aws/docker-compose.yml DC016", 1);
        // A Notebook template for Python's str.format: `{name}` placeholders are YAML mappings, so the
        // file as written has mappings where the API takes strings (the app renders it first).
        expected.put("projects/kubeflow__kubeflow/components/crud-web-apps/jupyter/backend/apps/common/yaml/"
                + "notebook_template.yaml KU001", 4);
        // Both kustomizations really repeat the `apiVersion` key (kustomize's YAML reader rejects it).
        expected.put("projects/vllm-project__aibrix/config/experimentals/gpu-optimizer/gateway-plugin/kustomization.yaml KU001", 1);
        expected.put("projects/vllm-project__aibrix/config/overlays/dev/gpu-optimizer/kustomization.yaml KU001", 1);
        assertThat(structural(r)).isEqualTo(expected);
    }
}
