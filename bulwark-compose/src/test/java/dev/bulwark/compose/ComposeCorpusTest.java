package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every Compose file of {@code ../shared/corpus} (loaded alone, under its flattened name) and
 * every Compose project of {@code ../shared/projects} (real layout, with their {@code .env}
 * files, grouped by {@link ProjectPlanner}) loads with no exception, and the files with problems
 * other than undefined variables are exactly the ones listed, each with the reason it is right.
 */
class ComposeCorpusTest {

    @Test
    void corpusFilesLoadAloneWithExactlyTheseProblems() {
        Path shared = SharedCorpus.shared();
        ComposeLoader loader = new ComposeLoader(new PlainFileReader(shared, 4 << 20));
        Map<String, String> actual = new LinkedHashMap<>();
        int files = 0;
        for (String f : SharedCorpus.corpusComposeFiles(shared)) {
            ComposeProject p = loader.load(List.of(SharedCorpus.input(shared.resolve("corpus").resolve(f), shared)));
            checkInvariants(p);
            record(actual, "corpus/" + f, p);
            files++;
        }
        assertThat(files).isEqualTo(90);
        Map<String, String> expected = new LinkedHashMap<>();
        // The corpus flattens paths, so files that `include` a sibling directory find nothing there;
        // in ../shared/projects, with the real layout, the same files load cleanly (see below).
        expected.put("corpus/opea-project__GenAIComps/comps__llms__deployment__docker_compose__compose_text-generation.yaml", "MISSING_FILE x4");
        expected.put("corpus/opea-project__GenAIComps/comps__lvms__deployment__docker_compose__compose.yaml", "MISSING_FILE x4");
        expected.put("corpus/opea-project__GenAIComps/comps__animation__deployment__docker_compose__compose.yaml", "MISSING_FILE x1");
        expected.put("corpus/opea-project__GenAIComps/comps__asr__deployment__docker_compose__compose.yaml", "MISSING_FILE x2");
        expected.put("corpus/opea-project__GenAIComps/comps__dataprep__deployment__docker_compose__compose.yaml", "MISSING_FILE x14");
        expected.put("corpus/opea-project__GenAIComps/comps__embeddings__deployment__docker_compose__compose.yaml", "MISSING_FILE x4");
        expected.put("corpus/opea-project__GenAIComps/comps__guardrails__deployment__docker_compose__compose.yaml", "MISSING_FILE x2");
        // `include: [{path: [../python/docker-compose.yaml]}]`: the corpus stores it as python__docker-compose.yaml.
        expected.put("corpus/intel__ai-containers/jax__docker-compose.yaml", "MISSING_FILE x1");
        expected.put("corpus/intel__ai-containers/pytorch__docker-compose.yaml", "MISSING_FILE x1");
        expected.put("corpus/intel__ai-containers/tensorflow__docker-compose.yaml", "MISSING_FILE x1");
        // `env_file: [.env]` (and `../.env`): the corpus keeps Compose files only; projects/ has LocalAI's .env.
        expected.put("corpus/mudler__LocalAI/docker-compose.yaml", "MISSING_FILE x1");
        expected.put("corpus/mudler__LocalAI/.devcontainer__docker-compose-devcontainer.yml", "MISSING_FILE x1");
        // `env_file: [.env]` and the repository has no deployments/aws/.env (TREE.tsv): Compose refuses it too.
        expected.put("corpus/chroma-core__chroma/deployments__aws__docker-compose.yml", "MISSING_FILE x1");
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void projectsLoadInTheirRealLayoutWithExactlyTheseProblems() {
        Path shared = SharedCorpus.shared();
        ComposeLoader loader = new ComposeLoader(new PlainFileReader(shared, 4 << 20));
        List<PlannerInput> found = new ArrayList<>();
        for (Path p : SharedCorpus.projectComposeFiles(shared)) {
            found.add(new PlannerInput(p, SharedCorpus.input(p, shared).yaml()));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        int projects = 0;
        int owned = 0;
        for (PlannedProject plan : ProjectPlanner.plan(found)) {
            List<ComposeInput> inputs = new ArrayList<>();
            for (Path p : plan.files()) {
                inputs.add(SharedCorpus.input(p, shared));
            }
            ComposeProject p = loader.load(inputs);
            checkInvariants(p);
            record(actual, shared.relativize(plan.primary()).toString(), p);
            projects++;
            owned += plan.ownedFiles().size();
        }
        assertThat(found).hasSize(291);
        assertThat(owned).isEqualTo(found.size());
        assertThat(projects).isGreaterThan(250);
        Map<String, String> expected = new LinkedHashMap<>();
        // As in the corpus: `env_file: [.env]` and the repository has no deployments/aws/.env.
        expected.put("projects/chroma-core__chroma/deployments/aws/docker-compose.yml", "MISSING_FILE x1");
        // `HF_TOKEN: ${HF_TOKEN:?set HF_TOKEN}` and no .env beside it: Compose refuses to start without it.
        expected.put("projects/opea-project__GenAIComps/comps/router/deployment/docker_compose/compose.yaml", "REQUIRED_VARIABLE x1");
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void includedProjectsResolveInTheRealLayout() {
        Path shared = SharedCorpus.shared();
        Path dataprep = shared.resolve("projects/opea-project__GenAIComps/comps/dataprep/deployment/docker_compose/compose.yaml");
        ComposeProject p = new ComposeLoader(new PlainFileReader(shared, 4 << 20)).load(List.of(SharedCorpus.input(dataprep, shared)));
        assertThat(p.sources().size()).isGreaterThan(10);
        assertThat(p.services().size()).isGreaterThan(30);
        assertThat(p.problems()).extracting(ComposeProblem::kind).containsOnly(ProblemKind.UNDEFINED_VARIABLE);
    }

    /** Undefined variables point exactly at their expression; every problem is inside a text the project read. */
    private static void checkInvariants(ComposeProject p) {
        for (ComposeProblem problem : p.problems()) {
            assertThat(p.sources()).contains(problem.span().source());
            if (problem.kind() == ProblemKind.UNDEFINED_VARIABLE) {
                assertThat(problem.span().text()).startsWith("$");
            }
        }
        for (Service s : p.services()) {
            assertThat(p.sources()).contains(s.nameSpan().source());
        }
    }

    private static void record(Map<String, String> actual, String name, ComposeProject p) {
        Map<ProblemKind, Integer> counts = new LinkedHashMap<>();
        for (ComposeProblem problem : p.problems()) {
            if (problem.kind() != ProblemKind.UNDEFINED_VARIABLE) {
                counts.merge(problem.kind(), 1, Integer::sum);
            }
        }
        if (!counts.isEmpty()) {
            List<String> parts = new ArrayList<>();
            counts.forEach((k, v) -> parts.add(k + " x" + v));
            actual.put(name, String.join(", ", parts));
        }
    }
}
