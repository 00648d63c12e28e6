package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark migrate hadolint} on configurations written from hadolint's documented format
 * (README, "Configure"): the file it writes loads, and under it bulwark's rules that mirror a
 * hadolint rule (their aliases) are ignored or re-graded as hadolint's were.
 */
class MigrateCommandTest {
    private static final RuleCatalog CATALOG = RuleCatalog.builtin();

    /** hadolint's own example configuration, every key of it. */
    private static final String FULL = """
            failure-threshold: warning
            format: json
            ignored:
              - DL3000
              - SC1010
              - DL3048
            no-color: true
            override:
              error:
                - DL3001
                - DL3002
              warning:
                - DL3042
                - DL3033
              info:
                - DL3032
              style:
                - DL3015
            label-schema:
              author: text
              contact: email
              created: rfc3339
              version: semver
            strict-labels: true
            disable-ignore-pragma: false
            trustedRegistries:
              - docker.io
              - my-company.com:5000
              - "*.gcr.io"
            """;

    @Test
    void ignored_and_regraded_rules_follow_their_aliases(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".hadolint.yaml"), FULL);
        Cli.Run run = Cli.run(dir, "migrate", "hadolint");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote .bulwark.yaml from .hadolint.yaml.");

        FileSettings settings = load(dir).forFile(dir.resolve("Dockerfile"));
        for (String code : List.of("DL3000", "DL3048")) {
            assertThat(mirroring(code)).isNotEmpty();
            for (RuleMeta meta : mirroring(code)) {
                assertThat(settings.enabled(meta)).as(meta.code() + " for " + code).isFalse();
            }
        }
        assertRegraded(settings, "DL3001", Severity.ERROR);
        assertRegraded(settings, "DL3002", Severity.ERROR);
        assertRegraded(settings, "DL3042", Severity.WARNING);
        assertRegraded(settings, "DL3032", Severity.INFO);
        assertRegraded(settings, "DL3015", Severity.INFO); // style: bulwark's lowest level
        assertThat(load(dir).failOn()).isEqualTo(FailThreshold.WARNING);
        assertThat(load(dir).trustedRegistries()).containsExactly("docker.io", "my-company.com:5000", "*.gcr.io");

        // What bulwark cannot say is printed, one line per setting or code.
        assertThat(mirroring("DL3033")).isEmpty();
        assertThat(run.out()).contains("No equivalent in bulwark:", "ignored SC1010: a ShellCheck check",
                "override warning DL3033: no bulwark rule", "label-schema:", "strict-labels:", "format:",
                "no-color:", "disable-ignore-pragma:");
    }

    @Test
    void a_rule_off_by_default_that_hadolint_regrades_is_turned_on(@TempDir Path dir) throws Exception {
        List<RuleMeta> rules = mirroring("DL3002");
        assertThat(rules).isNotEmpty().allMatch(m -> !m.enabledByDefault());
        Files.writeString(dir.resolve(".hadolint.yaml"), "override:\n  warning: [DL3002]\n");
        assertThat(Cli.run(dir, "migrate", "hadolint").exit()).isZero();
        for (RuleMeta meta : rules) {
            assertThat(load(dir).forFile(dir.resolve("Dockerfile")).enabled(meta)).isTrue();
        }
    }

    @Test
    void the_migrated_file_silences_what_hadolint_ignored(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:latest\nUSER app\nCMD [\"python\"]\n");
        Cli.Run before = Cli.run(dir, "check", "--select", "DF003");
        assertThat(before.out()).contains("DF003 latest-tag");
        Files.writeString(dir.resolve(".hadolint.yml"), "ignored: [DL3007]\nno-fail: true\n");
        assertThat(Cli.run(dir, "migrate", "hadolint").exit()).isZero();
        assertThat(Files.readString(dir.resolve(".bulwark.yaml"))).contains("fail-on: none", "- DF003");
        Cli.Run after = Cli.run(dir, "check");
        assertThat(after.out()).doesNotContain("DF003");
    }

    @Test
    void thresholds_and_single_registries(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("h.yaml"), "failure-threshold: style\ntrustedRegistries: quay.io\n");
        Cli.Run run = Cli.run(dir, "migrate", "hadolint", "h.yaml", "-o", "-");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Migrated from h.yaml").contains("fail-on: info", "  - \"quay.io\"");
        assertThat(Files.exists(dir.resolve(".bulwark.yaml"))).isFalse();

        Files.writeString(dir.resolve("h.yaml"), "ignored: [DL3007]\n");
        Cli.Run unset = Cli.run(dir, "migrate", "hadolint", "h.yaml", "-o", "-");
        assertThat(unset.err()).contains("failure-threshold: not set, so hadolint fails on info");
    }

    @Test
    void an_existing_configuration_is_replaced_only_with_force(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".hadolint.yaml"), "ignored: [DL3007]\n");
        Files.writeString(dir.resolve(".bulwark.yaml"), "fail-on: error\n");
        Cli.Run refused = Cli.run(dir, "migrate", "hadolint");
        assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains(".bulwark.yaml exists; --force replaces it");
        assertThat(Files.readString(dir.resolve(".bulwark.yaml"))).isEqualTo("fail-on: error\n");
        assertThat(Cli.run(dir, "migrate", "hadolint", "--force").exit()).isZero();
        assertThat(Files.readString(dir.resolve(".bulwark.yaml"))).contains("- DF003");
    }

    @Test
    void mistakes_are_usage_errors_that_point_at_the_place(@TempDir Path dir) throws Exception {
        assertThat(Cli.run(dir, "migrate", "hadolint").err()).contains("no .hadolint.yaml or .hadolint.yml here");
        assertThat(Cli.run(dir, "migrate", "trivy").err()).contains("cannot migrate from `trivy`");
        Files.writeString(dir.resolve(".hadolint.yaml"), "ignored: [DL3007]\nfailure-threshold: loud\n");
        Cli.Run bad = Cli.run(dir, "migrate", "hadolint");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains(".hadolint.yaml:2:20: `failure-threshold` must be one of");
        assertThat(Files.exists(dir.resolve(".bulwark.yaml"))).isFalse();
    }

    private static void assertRegraded(FileSettings settings, String hadolintCode, Severity expected) {
        List<RuleMeta> rules = mirroring(hadolintCode);
        assertThat(rules).as(hadolintCode).isNotEmpty();
        for (RuleMeta meta : rules) {
            assertThat(settings.severity(meta)).as(meta.code() + " for " + hadolintCode).isEqualTo(expected);
            assertThat(settings.enabled(meta)).isTrue();
        }
    }

    private static List<RuleMeta> mirroring(String hadolintCode) {
        List<RuleMeta> out = new ArrayList<>();
        for (RuleMeta meta : CATALOG.metas()) {
            if (meta.aliases().contains(hadolintCode)) {
                out.add(meta);
            }
        }
        return out;
    }

    private static Settings load(Path dir) throws Exception {
        return new ConfigLoader(CATALOG).load(dir.resolve(".bulwark.yaml"));
    }
}
