package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project planner's heuristic (NOTES 3.2 names, complete variants, overlays on their base). */
class ProjectPlannerTest {
    private static final String COMPLETE = "services:\n  web: {image: nginx}\n";
    private static final String OVERLAY = "services:\n  web: {environment: [DEBUG=1]}\n";

    private final List<PlannerInput> inputs = new ArrayList<>();

    private ProjectPlannerTest file(String path, String text) {
        inputs.add(new PlannerInput(Path.of("/repo").resolve(path), new YamlParser().parse(new SourceText(path, text))));
        return this;
    }

    private List<String> plan() {
        List<String> result = new ArrayList<>();
        for (PlannedProject p : ProjectPlanner.plan(inputs)) {
            List<String> names = new ArrayList<>();
            for (Path f : p.files()) {
                names.add(Path.of("/repo").relativize(f).toString());
            }
            result.add(p.kind() + " " + String.join(" + ", names) + " owns " + p.ownedFiles().size());
        }
        return result;
    }

    @Test
    void mainFileWithItsOverride() {
        file("app/compose.yaml", COMPLETE).file("app/compose.override.yaml", OVERLAY);
        assertThat(plan()).containsExactly("MAIN app/compose.yaml + app/compose.override.yaml owns 2");
    }

    @Test
    void mainFileNamesInComposesOrder() {
        file("a/docker-compose.yml", COMPLETE).file("a/compose.yaml", COMPLETE).file("a/docker-compose.override.yaml", OVERLAY);
        assertThat(plan()).containsExactly(
                "MAIN a/compose.yaml + a/docker-compose.override.yaml owns 2",
                "STANDALONE a/docker-compose.yml owns 1");
    }

    @Test
    void completeVariantsStandAloneIncompleteOnesOverlayTheirBase() {
        file("x/compose.yaml", COMPLETE)
                .file("x/compose.prod.yaml", COMPLETE)
                .file("x/compose.gpu.yaml", OVERLAY)
                .file("x/compose_tgi.yaml", COMPLETE)
                .file("x/compose_tgi.telemetry.yaml", OVERLAY)
                .file("x/compose_tgi.telemetry.debug.yaml", OVERLAY);
        assertThat(plan()).containsExactly(
                "MAIN x/compose.yaml owns 1",
                "STANDALONE x/compose.prod.yaml owns 1",
                "OVERLAY x/compose.yaml + x/compose.gpu.yaml owns 1",
                "STANDALONE x/compose_tgi.yaml owns 1",
                "OVERLAY x/compose_tgi.yaml + x/compose_tgi.telemetry.yaml owns 1",
                "OVERLAY x/compose_tgi.yaml + x/compose_tgi.telemetry.yaml + x/compose_tgi.telemetry.debug.yaml owns 1");
    }

    @Test
    void extendsCountsAsCompleteAndAnchorsAreSeen() {
        file("y/docker-compose.gpu.yml", "x-base: &b {image: app}\nservices:\n  a: {extends: {file: base.yml, service: a}}\n  b:\n    <<: *b\n");
        assertThat(plan()).containsExactly("STANDALONE y/docker-compose.gpu.yml owns 1");
    }

    @Test
    void overlayWithoutBaseIsPartialAndOverrideWithoutMainIsAVariant() {
        file("z/compose_remote.yaml", OVERLAY).file("w/compose.override.yaml", OVERLAY);
        List<PlannedProject> plans = ProjectPlanner.plan(inputs);
        assertThat(plan()).containsExactly("ORPHAN_OVERLAY z/compose_remote.yaml owns 1",
                "ORPHAN_OVERLAY w/compose.override.yaml owns 1");
        assertThat(plans.get(0).isPartial()).isTrue();
    }

    @Test
    void filesThatDoNotParseStandAlone() {
        file("v/compose.yaml", COMPLETE).file("v/compose.broken.yaml", "services: [\n");
        assertThat(plan()).containsExactly("MAIN v/compose.yaml owns 1", "STANDALONE v/compose.broken.yaml owns 1");
    }

    @Test
    void everyFileIsOwnedExactlyOnce() {
        file("x/compose.yaml", COMPLETE).file("x/compose.override.yml", OVERLAY).file("x/compose.dev.yaml", OVERLAY)
                .file("x/other/docker-compose.yaml", COMPLETE);
        List<Path> owned = new ArrayList<>();
        for (PlannedProject p : ProjectPlanner.plan(inputs)) {
            owned.addAll(p.ownedFiles());
        }
        List<Path> all = new ArrayList<>();
        for (PlannerInput i : inputs) {
            all.add(i.path());
        }
        assertThat(owned).containsExactlyInAnyOrderElementsOf(all);
    }
}
