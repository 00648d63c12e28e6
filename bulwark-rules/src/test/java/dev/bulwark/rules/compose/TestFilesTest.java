package dev.bulwark.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"tests/consensus_tests/docker-compose.yaml", "docker-compose-test.yml",
            "docker-compose.test.yml", "java/serving/src/test/resources/docker-compose/docker-compose-redis-it.yml",
            "../corpus/qdrant__qdrant/tests__consensus_tests__docker-compose.yaml", "e2e/compose.yaml"})
    void testFiles(String path) {
        assertThat(TestFiles.isForTests(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"compose.yaml", "deploy/docker-compose.yml", "/home/me/test/project/app/compose.yaml",
            "docker-compose.latest.yml", "testimonials/compose.yaml", "contest/compose.yaml"})
    void otherFiles(String path) {
        assertThat(TestFiles.isForTests(path)).isFalse();
    }
}
