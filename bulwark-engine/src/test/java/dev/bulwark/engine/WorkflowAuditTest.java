package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
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

/** CI workflows through discovery, classification, the workflow rules and YAML suppressions. */
class WorkflowAuditTest {
    private final Auditor auditor = new Auditor(BuiltinRules.all(), 2);

    @TempDir
    Path tmp;

    private AuditResult audit(String path, String text) throws IOException {
        Path p = tmp.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        List<Input> inputs = new Discovery(tmp).discover(List.of(), new ByteArrayInputStream(new byte[0]));
        return auditor.audit(inputs, Settings.defaults());
    }

    private static String at(Finding f) {
        return f.rule().code() + " " + f.location().line() + ":" + f.location().column() + "-" + f.location().endColumn();
    }

    @Test
    void findingsInsideRunScriptsPointAtTheExactWord() throws IOException {
        AuditResult r = audit(".github/workflows/release.yml", """
                on: push
                permissions: {contents: read, packages: write}
                jobs:
                  image:
                    runs-on: ubuntu-24.04
                    steps:
                      - uses: actions/checkout@v4
                      - run: |
                          docker build -t ghcr.io/acme/api:1 .
                          pytest -q
                          trivy image --exit-code 1 ghcr.io/acme/api:1
                          echo "${{ github.event.head_commit.message }}"
                          docker login -u me -p "$PASS" ghcr.io
                          docker push ghcr.io/acme/api:1
                """);
        assertThat(r.findings()).extracting(WorkflowAuditTest::at)
                .containsExactly("CI009 12:17-56", "CI011 13:33-40");
    }

    @Test
    void yamlSuppressionCommentsApplyToWorkflows() throws IOException {
        AuditResult r = audit(".github/workflows/triage.yml", """
                on: issues
                jobs:
                  triage:
                    runs-on: ubuntu-24.04
                    steps:
                      # bulwark-ignore: CI009 -- the title is only echoed into a quoted heredoc in a sandbox
                      - run: echo "${{ github.event.issue.title }}"
                      - run: echo "${{ github.event.issue.body }}"
                """);
        assertThat(r.findings()).extracting(WorkflowAuditTest::at).containsExactly("CI009 8:20-50");
    }

    @Test
    void gitlabPipelinesAreAuditedByName() throws IOException {
        AuditResult r = audit(".gitlab-ci.yml", """
                variables:
                  DOCKER_BUILDKIT: "0"
                build:
                  script:
                    - docker build -t "$CI_REGISTRY_IMAGE" .
                """);
        assertThat(r.findings()).extracting(WorkflowAuditTest::at).containsExactly("CI005 2:20-23");
        assertThat(r.skipped()).isEmpty();
    }
}
