package dev.bulwark.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlParser;
import dev.bulwark.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowModelTest {

    static Workflow github(String text) {
        YamlFile yaml = new YamlParser().parse(new SourceText(".github/workflows/ci.yml", text));
        assertThat(WorkflowKind.of(".github/workflows/ci.yml", yaml)).contains(WorkflowKind.GITHUB_ACTIONS);
        return Workflow.read(yaml, WorkflowKind.GITHUB_ACTIONS);
    }

    static Workflow gitlab(String text) {
        YamlFile yaml = new YamlParser().parse(new SourceText(".gitlab-ci.yml", text));
        assertThat(WorkflowKind.of(".gitlab-ci.yml", yaml)).contains(WorkflowKind.GITLAB_CI);
        return Workflow.read(yaml, WorkflowKind.GITLAB_CI);
    }

    private static List<String> kinds(Workflow w) {
        List<String> out = new ArrayList<>();
        for (Activity a : w.activities()) {
            out.add(a.getClass().getSimpleName() + " " + a.job().id() + "#" + a.step().index() + " "
                    + w.source().slice(a.range()));
        }
        return out;
    }

    @Test
    void triggersPermissionsJobsNeedsAndSteps() {
        Workflow w = github("""
                name: ci
                on:
                  pull_request_target:
                    types: [opened]
                  workflow_run:
                    workflows: [build]
                permissions:
                  contents: read
                jobs:
                  test:
                    runs-on: ubuntu-24.04
                    permissions: {packages: write}
                    steps:
                      - uses: actions/checkout@v4
                        with: {fetch-depth: 0}
                      - name: unit
                        run: pytest -q
                        env: {A: b}
                        continue-on-error: true
                  push:
                    needs: [test]
                    uses: acme/flows/.github/workflows/push.yml@0123456789abcdef0123456789abcdef01234567
                  win:
                    runs-on: windows-latest
                    steps:
                      - run: Get-ChildItem
                """);
        assertThat(w.triggers()).extracting(Value::key).containsExactly("pull_request_target", "workflow_run");
        assertThat(w.permissions()).isPresent();
        assertThat(w.jobs()).extracting(Job::id).containsExactly("test", "push", "win");
        Job test = w.jobs().get(0);
        assertThat(test.permissions()).isPresent();
        assertThat(test.steps()).hasSize(2);
        Step checkout = test.steps().get(0);
        assertThat(checkout.uses("actions/checkout")).isTrue();
        assertThat(checkout.uses().get().ref()).isEqualTo("v4");
        assertThat(checkout.input("fetch-depth").get().text()).isEqualTo("0");
        Step unit = test.steps().get(1);
        assertThat(unit.name()).isEqualTo("unit");
        assertThat(unit.failureIgnored()).isTrue();
        assertThat(unit.env()).containsKey("A");
        assertThat(unit.run().get().shell().commands()).hasSize(1);
        Job push = w.jobs().get(1);
        assertThat(push.needs()).containsExactly("test");
        assertThat(push.uses().get().pinnedToCommit()).isTrue();
        assertThat(push.uses().get().repository()).isEqualTo("acme/flows");
        assertThat(w.runsBefore(test, push)).isTrue();
        assertThat(w.runsBefore(push, test)).isFalse();
        // PowerShell is not parsed as sh.
        assertThat(w.jobs().get(2).steps().get(0).run()).isEmpty();
        assertThat(w.activities()).extracting(a -> a.getClass().getSimpleName()).containsExactly("Test");
    }

    @Test
    void scriptRangesMapIntoTheYamlTextForEveryScalarStyle() {
        String text = """
                on: push
                jobs:
                  a:
                    steps:
                      - run: |
                          echo one
                            docker   push  img:1
                      - run: >-
                          docker build
                          -t img:2 .
                      - run: "docker push \\"img:3\\""
                      - run: 'docker push ''img:4'''
                      - run: docker push
                          img:5
                      - run: echo ${{ github.sha }} && docker push ${{ env.IMAGE }}
                """;
        Workflow w = github(text);
        List<String> words = new ArrayList<>();
        for (Step s : w.jobs().get(0).steps()) {
            for (SimpleCommand c : s.run().get().shell().commands()) {
                if (c.is("docker")) {
                    words.add(w.source().slice(c.words().get(c.words().size() - 1).range()));
                }
            }
        }
        assertThat(words).containsExactly("img:1", ".", "\"img:3\\\"", "'img:4''", "img:5", "${{ env.IMAGE }}");
        Script last = w.jobs().get(0).steps().get(5).run().get();
        assertThat(last.expressions()).extracting(Expression::inner).containsExactly("github.sha", "env.IMAGE");
        assertThat(w.source().slice(last.expressions().get(0).range())).isEqualTo("${{ github.sha }}");
        assertThat(kinds(w)).containsExactly("Push a#0 docker", "Build a#1 docker", "Push a#2 docker",
                "Push a#3 docker", "Push a#4 docker", "Push a#5 docker");
    }

    @Test
    void scalarTextStaysInsideTheScalarWhenValueAndSourceDisagree() {
        String text = "k: \"a\\tb\\u00e9c\"\n";
        YamlFile yaml = new YamlParser().parse(new SourceText("x.yaml", text));
        YamlScalar s = (YamlScalar) ((YamlMapping) yaml.documents().get(0).root()).get("k").get();
        MappedText m = ScalarText.of(s, text);
        assertThat(m.text()).isEqualTo("a\tbéc");
        for (int i = 0; i <= m.length(); i++) {
            assertThat(s.range().contains(m.toSource(i)) || m.toSource(i) == s.range().end()).isTrue();
        }
        assertThat(m.toSource(new TextRange(4, 5))).isEqualTo(new TextRange(14, 15));
        assertThat(m.toSource(new TextRange(3, 4))).isEqualTo(new TextRange(13, 14));
    }

    @Test
    void imageBuildsPushesScansAndTestsOfActionsAndCommands() {
        Workflow w = github("""
                on: push
                jobs:
                  image:
                    steps:
                      - uses: docker/build-push-action@v6
                        with:
                          context: ./serving
                          file: ./serving/Dockerfile.gpu
                          push: ${{ github.ref == 'refs/heads/main' }}
                          tags: |
                            ghcr.io/acme/serve:1, ghcr.io/acme/serve:latest
                          build-args: |
                            CUDA=12.4
                            TOKEN=${{ secrets.HF }}
                          provenance: false
                      - uses: aquasecurity/trivy-action@0.28.0
                        with: {image-ref: ghcr.io/acme/serve:1}
                      - uses: anchore/scan-action@v6
                        continue-on-error: true
                      - run: |
                          docker buildx build -f train/Dockerfile -t acme/train:2 --build-arg "KEY=${{ secrets.K }}" --push train
                          /kaniko/executor --context dir --dockerfile dir/Dockerfile --destination r/x:1 --no-push
                          docker run --rm acme/train:2 python -m pytest
                          trivy image --exit-code 1 acme/train:2 || echo ignored
                          grype acme/train:2 --fail-on high
                          docker scout cves acme/train:2
                          snyk container test acme/train:2
                          docker login -u u --password "$P" ghcr.io
                          make test-unit
                          pip install pytest
                """);
        List<Activity> all = w.activities();
        assertThat(kinds(w)).containsExactly(
                "Build image#0 docker/build-push-action@v6", "Push image#0 docker/build-push-action@v6",
                "Scan image#1 aquasecurity/trivy-action@0.28.0", "Scan image#2 anchore/scan-action@v6",
                "Build image#3 docker", "Push image#3 docker", "Build image#3 /kaniko/executor",
                "Test image#3 docker", "Scan image#3 trivy", "Scan image#3 grype", "Scan image#3 docker",
                "Scan image#3 snyk", "Login image#3 docker", "Test image#3 make");
        Activity.Build action = (Activity.Build) all.get(0);
        assertThat(action.context()).isEqualTo("./serving");
        assertThat(action.dockerfile()).isEqualTo("./serving/Dockerfile.gpu");
        assertThat(action.tags()).containsExactly("ghcr.io/acme/serve:1", "ghcr.io/acme/serve:latest");
        assertThat(action.buildArgs()).extracting(Activity.BuildArg::name).containsExactly("CUDA", "TOKEN");
        assertThat(action.buildArgs()).extracting(Activity.BuildArg::fromSecret).containsExactly(false, true);
        assertThat(w.source().slice(action.buildArgs().get(1).range())).isEqualTo("TOKEN=${{ secrets.HF }}");
        assertThat(action.provenance().get().text()).isEqualTo("false");
        Activity.Scan trivy = (Activity.Scan) all.get(2);
        assertThat(trivy.failsJob()).isFalse();
        assertThat(trivy.why()).isEqualTo("`exit-code` defaults to 0");
        assertThat(trivy.target()).isEqualTo("ghcr.io/acme/serve:1");
        assertThat(((Activity.Scan) all.get(3)).why()).isEqualTo("`continue-on-error` is true");
        Activity.Build buildx = (Activity.Build) all.get(4);
        assertThat(buildx.tool()).isEqualTo("docker buildx build");
        assertThat(buildx.context()).isEqualTo("train");
        assertThat(buildx.dockerfile()).isEqualTo("train/Dockerfile");
        assertThat(buildx.tags()).containsExactly("acme/train:2");
        assertThat(buildx.buildArgs().get(0).fromSecret()).isTrue();
        Activity.Build kaniko = (Activity.Build) all.get(6);
        assertThat(kaniko.push()).isEmpty();
        assertThat(kaniko.tags()).containsExactly("r/x:1");
        Activity.Scan masked = (Activity.Scan) all.get(8);
        assertThat(masked.failsJob()).isFalse();
        assertThat(w.source().slice(masked.whyRange())).isEqualTo("echo ignored");
        assertThat(((Activity.Scan) all.get(9)).failsJob()).isTrue();
        assertThat(((Activity.Scan) all.get(9)).target()).isEqualTo("acme/train:2");
        assertThat(((Activity.Scan) all.get(10)).target()).isEqualTo("acme/train:2");
        assertThat(((Activity.Scan) all.get(11)).target()).isEqualTo("acme/train:2");
        assertThat(((Activity.Scan) all.get(10)).failsJob()).isFalse();
        assertThat(((Activity.Scan) all.get(11)).failsJob()).isTrue();
        Activity.Login login = (Activity.Login) all.get(12);
        assertThat(w.source().slice(login.password().get())).isEqualTo("\"$P\"");
    }

    @Test
    void gitlabJobsStagesExtendsReferencesAndHiddenTemplates() {
        Workflow w = gitlab("""
                stages: [build, test, release]
                variables:
                  DOCKER_DRIVER: overlay2
                default:
                  image: docker:27
                .docker: &docker
                  services: [docker:27-dind]
                  before_script:
                    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
                build:
                  <<: *docker
                  stage: build
                  script:
                    - docker build -t "$IMAGE" .
                    - docker push "$IMAGE"
                test:
                  extends: .docker
                  stage: test
                  script:
                    - !reference [.setup, script]
                    - pytest
                .setup:
                  script: [pip install -e .]
                release:
                  stage: release
                  needs: [build]
                  image: gcr.io/go-containerregistry/crane:debug
                  allow_failure: true
                  script:
                    - trivy image "$IMAGE"
                """);
        assertThat(w.jobs()).extracting(Job::id).containsExactly("build", "test", "release");
        assertThat(w.stages()).containsExactly(".pre", "build", "test", "release", ".post");
        Job build = w.jobs().get(0);
        Job test = w.jobs().get(1);
        Job release = w.jobs().get(2);
        assertThat(build.steps()).hasSize(3);
        assertThat(build.image().get().text()).isEqualTo("docker:27");
        assertThat(test.steps()).extracting(s -> s.run().get().node().value())
                .containsExactly("docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" \"$CI_REGISTRY\"",
                        "pip install -e .", "pytest");
        assertThat(w.runsBefore(build, test)).isTrue();
        assertThat(w.runsBefore(test, release)).isFalse();
        assertThat(w.runsBefore(build, release)).isTrue();
        assertThat(release.image().get().text()).startsWith("gcr.io/");
        assertThat(w.env()).containsKey("DOCKER_DRIVER");
        assertThat(kinds(w)).containsExactly("Login build#0 docker", "Build build#1 docker", "Push build#2 docker",
                "Login test#0 docker", "Test test#2 pytest", "Scan release#0 trivy");
        Activity.Scan scan = (Activity.Scan) w.activities().get(5);
        assertThat(scan.failsJob()).isFalse();
    }

    @Test
    void anyYamlYieldsAWorkflowWithProblemsNeverAnException() {
        Workflow w = github("on: push\njobs:\n  a: 3\n  b:\n    steps: run\n  c:\n    steps: [1]\n");
        assertThat(w.jobs()).extracting(Job::id).containsExactly("b", "c");
        assertThat(w.problems()).extracting(WorkflowProblem::message).containsExactly("job `a` is not a mapping",
                "`steps` of job `b` is not a list", "a step of job `c` is not a mapping");
        YamlFile empty = new YamlParser().parse(new SourceText(".gitlab-ci.yml", ""));
        assertThat(Workflow.read(empty, WorkflowKind.GITLAB_CI).jobs()).isEmpty();
        assertThat(WorkflowKind.of(".gitlab-ci.yml", empty)).isEmpty();
    }
}
