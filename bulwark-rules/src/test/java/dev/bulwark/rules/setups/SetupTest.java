package dev.bulwark.rules.setups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Practice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetupTest {

    @ParameterizedTest
    @ValueSource(strings = {"tests/consensus_tests/docker-compose.yaml", "docker-compose-test.yml",
            "docker-compose.test.yml", "java/serving/src/test/resources/docker-compose/docker-compose-redis-it.yml",
            "../corpus/qdrant__qdrant/tests__consensus_tests__docker-compose.yaml", "e2e/compose.yaml",
            "ray-operator/test/e2erayservice/testdata/ray-service.ft.yaml", "k8s/test/prometheus.yaml",
            ".github/resources/mlflow-direct/manifests/mlflow.yaml", "tools/kind/webhook-proxy.yaml",
            "chroma-core__chroma/examples__observability__docker-compose.local-observability.yml",
            "kubeflow__pipelines/.github__resources__manifests__postgres.yaml", "deploy/minikube/app.yaml",
            "sdk/python/tests/integration/rest_api/resource/postgres.yaml", "e2e-tests/compose.yaml",
            "deploy/compose.e2e.yaml"})
    void testSetups(String path) {
        assertThat(Setup.of(path)).isEqualTo(Setup.TEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"install/0.2.0/kfserving.yaml", "kserve__kserve/install__v0.1.0__kfserving.yaml",
            "deploy/releases/v1.4/app.yaml", "releases/2.10.1/manifests/operator.yaml"})
    void releaseCopies(String path) {
        assertThat(Setup.of(path)).isEqualTo(Setup.RELEASE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hack/kserve_migration/job.yaml", ".devcontainer/docker-compose.yml", "compose.dev.yaml", "deploy/debug/compose.yaml",
            "docker-compose.development.yml", "mudler__LocalAI/.devcontainer__docker-compose-devcontainer.yml"})
    void developmentStacks(String path) {
        assertThat(Setup.of(path)).isEqualTo(Setup.DEVELOPMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"compose.yaml", "deploy/docker-compose.yml", "/home/me/test/work/project/app/compose.yaml",
            "docker-compose.latest.yml", "testimonials/compose.yaml", "contest/compose.yaml",
            "opea-project__GenAIComps/comps__lvms__deployment__docker_compose__compose.yaml",
            "deploy/kubernetes/devices-plugin.yaml", "github/workflows-runner/deployment.yaml",
            "install/kserve.yaml", "releases/latest/app.yaml", "deploy/v2/app.yaml.bak",
            // End-to-end is a kind of model as well as of test.
            "wenet-e2e/runtime/compose.yaml", "e2e-asr/deploy/compose.yaml"})
    void deployments(String path) {
        assertThat(Setup.of(path)).isEqualTo(Setup.DEPLOYMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"minio-dev", "azurite-dev", "dev", "sandbox", "ML-Playground", "dev.team-a"})
    void developmentNamespaces(String namespace) {
        assertThat(Setup.ofNamespace(namespace)).isEqualTo(Setup.DEVELOPMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"e2e-tests", "test", "kserve-testing"})
    void testNamespaces(String namespace) {
        assertThat(Setup.ofNamespace(namespace)).isEqualTo(Setup.TEST);
    }

    // `local` and `ci` are path words but also real namespaces' words.
    @ParameterizedTest
    @ValueSource(strings = {"", "default", "kubeflow", "local-path-storage", "ci-runners", "devices", "kind-system",
            "serving", "developer-portal"})
    void deploymentNamespaces(String namespace) {
        assertThat(Setup.ofNamespace(namespace)).isEqualTo(Setup.DEPLOYMENT);
    }

    @Test
    void testSetupsAreJudgedOnlyForSecretsSyntaxAndCorrectness() {
        assertThat(Setup.TEST.judges(Practice.SECRET_MANAGEMENT)).isTrue();
        assertThat(Setup.TEST.judges(Practice.CORRECTNESS)).isTrue();
        assertThat(Setup.TEST.judges(Practice.RESOURCE_LIMITS)).isFalse();
        assertThat(Setup.TEST.judges(Practice.SECURITY)).isFalse();
        assertThat(Setup.DEVELOPMENT.judges(Practice.SECURITY)).isTrue();
        assertThat(Setup.DEVELOPMENT.judges(Practice.RESOURCE_LIMITS)).isFalse();
        assertThat(Setup.DEVELOPMENT.judges(Practice.HEALTH_MONITORING)).isFalse();
        assertThat(Setup.DEPLOYMENT.judges(Practice.HEALTH_MONITORING)).isTrue();
    }
}
