package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.Discovery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose projects through the engine: findings land in the file where the value is, once. */
class ComposeProjectsTest {
    private final Auditor auditor = new Auditor(TestRules.all(), 2);

    @TempDir
    Path tmp;

    private void write(String relative, String text) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private AuditResult audit(String... args) throws IOException {
        List<Input> inputs = new Discovery(tmp).discover(List.of(args), new ByteArrayInputStream(new byte[0]));
        return auditor.audit(inputs, Settings.defaults());
    }

    private static List<String> places(AuditResult r) {
        return r.findings().stream().map(f -> f.rule().code() + " " + f.path() + ":" + f.location().line()).toList();
    }

    @Test
    void aValueSetOnlyInTheOverrideFileIsReportedThere() throws IOException {
        write("app/compose.yaml", "services:\n  api:\n    image: a:1\n");
        write("app/compose.override.yaml", "services:\n  api:\n    privileged: true\n");
        AuditResult r = audit();
        assertThat(places(r)).containsExactly("DC900 app/compose.override.yaml:3");
        assertThat(r.findings().get(0).related()).as("the override is the service's own definition").isEmpty();
        assertThat(r.sources()).containsKeys("app/compose.yaml", "app/compose.override.yaml");
    }

    @Test
    void anAnchoredValueNamesBothPlaces() throws IOException {
        write("compose.yaml", "x-gpu: &gpu\n  privileged: true\nservices:\n  train:\n    <<: *gpu\n    image: t:1\n"
                + "  serve:\n    image: s:1\n    privileged: true\n");
        AuditResult r = audit();
        assertThat(places(r)).containsExactly("DC900 compose.yaml:2", "DC900 compose.yaml:9");
        Finding anchored = r.findings().get(0);
        assertThat(anchored.related()).singleElement().satisfies(rel -> {
            assertThat(rel.message()).isEqualTo("used by service `train`");
            assertThat(rel.location().line()).isEqualTo(4);
        });
        assertThat(r.findings().get(1).related()).isEmpty();
    }

    @Test
    void includedAndExtendedFilesGetTheirFindingsAndSuppressions() throws IOException {
        write("compose.yaml", "include:\n  - lib/db.yaml\nservices:\n  api:\n    extends:\n      file: base.yml\n"
                + "      service: common\n    image: a:1\n");
        write("base.yml", "services:\n  common:\n    privileged: true\n");
        write("lib/db.yaml", "services:\n  db:\n    image: postgres:16.6\n    # bulwark-ignore: DC900 -- needs the device\n"
                + "    privileged: true\n  cache:\n    image: redis:7.2\n    privileged: true\n");
        AuditResult r = audit("compose.yaml");
        assertThat(places(r)).containsExactly("DC900 base.yml:3", "DC900 lib/db.yaml:8");
        assertThat(r.sources()).containsKeys("base.yml", "lib/db.yaml");
    }

    @Test
    void aBaseLoadedAgainUnderAnOverlayIsReportedOnce() throws IOException {
        write("compose.yaml", "services:\n  api:\n    image: a:1\n    privileged: true\n");
        write("compose.gpu.yaml", "services:\n  api:\n    runtime: nvidia\n");
        assertThat(places(audit())).containsExactly("DC900 compose.yaml:4");
    }

    @Test
    void unsetVariablesAreReportedOncePerVariableAndFileAndDotEnvCounts() throws IOException {
        write("compose.yaml", "services:\n  api:\n    image: a:${TAG}\n    environment:\n      A: ${TAG}\n"
                + "      B: ${MISSING}\n      C: ${MISSING}\n");
        write(".env", "TAG=1.0\n");
        assertThat(places(audit())).containsExactly("DC002 compose.yaml:6");
    }
}
