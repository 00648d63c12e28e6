package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Location;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditorTest {
    private final Auditor auditor = new Auditor(TestRules.all(), 1);
    private final ConfigLoader loader = new ConfigLoader(TestRules.all());

    @TempDir
    Path tmp;

    private Settings config(String yaml) throws ConfigException {
        return loader.parse(new SourceText(".bulwark.yaml", yaml), tmp);
    }

    private AuditResult audit(String text, Settings settings) {
        return auditor.audit(List.of(Input.text("Dockerfile", text)), settings);
    }

    private static List<String> codes(AuditResult r) {
        return r.findings().stream().map(f -> f.rule().code()).toList();
    }

    @Test
    void findingsCarryLocationSeverityAndAreSorted() {
        AuditResult r = auditor.audit(List.of(Input.text("b/Dockerfile", "FROM a:latest\n"),
                Input.text("a/Dockerfile", "FROM x\nFROM b:latest AS c\nFROM d:latest\n")), Settings.defaults());
        assertThat(r.findings()).extracting(Finding::path).containsExactly("a/Dockerfile", "a/Dockerfile", "b/Dockerfile");
        Finding first = r.findings().get(0);
        assertThat(first.location()).isEqualTo(new Location("a/Dockerfile", 2, 7, 2, 14));
        assertThat(first.severity()).isEqualTo(Severity.WARNING);
        assertThat(first.message()).isEqualTo("`:latest` tag");
        assertThat(r.filesChecked()).isEqualTo(2);
        assertThat(r.sources().keySet()).containsExactly("a/Dockerfile", "b/Dockerfile");
        assertThat(r.failed()).isTrue();
        assertThat(r.internalError()).isFalse();
    }

    @Test
    void severityConfigAndThresholdDecideFailure() throws ConfigException {
        AuditResult info = audit("FROM a:latest\n", config("severity: {DF900: info}\n"));
        assertThat(info.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(info.failed()).isFalse();
        AuditResult strict = audit("FROM a:latest\n", loader.apply(config("severity: {DF900: info}\n"),
                SettingsOverride.none().withFailOn(FailThreshold.INFO)));
        assertThat(strict.failed()).isTrue();
    }

    @Test
    void failOnNoneNeverFailsTheRun() throws ConfigException {
        AuditResult none = audit("FROM a:latest\n", config("fail-on: none\nseverity: {DF900: error}\n"));
        assertThat(none.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(none.failOn()).isEqualTo(FailThreshold.NONE);
        assertThat(none.failed()).isFalse();
    }

    @Test
    void offByDefaultRulesRunOnlyWhenSelected() throws ConfigException {
        String text = "FROM a\nRUN true\n";
        assertThat(codes(audit(text, Settings.defaults()))).isEmpty();
        AuditResult all = audit(text, loader.apply(Settings.defaults(), SettingsOverride.none().withSelect(List.of("all"))));
        assertThat(all.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().code()).isEqualTo("DF901");
            assertThat(f.message()).isEqualTo("RUN with max 3");
        });
        assertThat(audit(text, config("select: [test-off]\nrules: {DF901: {max: 5}}\n")).findings())
                .extracting(Finding::message).containsExactly("RUN with max 5");
    }

    @Test
    void onbuildTriggersAreCheckedByEveryRuleOnTheirLineAndCanBeSuppressed() throws ConfigException {
        Settings all = loader.apply(Settings.defaults(), SettingsOverride.none().withSelect(List.of("test-off")));
        AuditResult r = audit("FROM a\nONBUILD RUN true\nRUN true\n", all);
        assertThat(r.findings()).extracting(f -> f.location().line() + ":" + f.location().column())
                .containsExactly("2:9", "3:1");
        AuditResult suppressed = audit("FROM a\n# bulwark-ignore: test-off\nONBUILD RUN true\n", all);
        assertThat(suppressed.findings()).isEmpty();
    }

    @Test
    void parserProblemsBecomeSyntaxFindings() {
        AuditResult r = audit("# nothing here\n", Settings.defaults());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().code()).isEqualTo("DF001");
            assertThat(f.message()).isEqualTo("file with no instructions");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void crashingRuleIsReportedAndTheRunGoesOn() {
        AuditResult r = audit("FROM a:latest\nRUN echo CRASH\n", Settings.defaults());
        assertThat(codes(r)).containsExactly("BW002", "DF900");
        Finding crash = r.findings().get(0);
        assertThat(crash.message()).isEqualTo("rule DF902 (test-crash) crashed: java.lang.IllegalStateException");
        assertThat(crash.location()).isEqualTo(Location.ofFile("Dockerfile"));
        assertThat(r.internalError()).isTrue();
    }

    @Test
    void unreadableFilesAreReportedAndTheRunGoesOn() throws IOException {
        Files.write(tmp.resolve("Dockerfile.bin"), new byte[] {'F', 0});
        Files.writeString(tmp.resolve("Dockerfile"), "FROM a:latest\n");
        AuditResult r = auditor.audit(List.of(Input.file("Dockerfile", tmp.resolve("Dockerfile")),
                Input.file("Dockerfile.bin", tmp.resolve("Dockerfile.bin")),
                Input.file("missing", tmp.resolve("missing"))), Settings.defaults());
        assertThat(codes(r)).containsExactly("DF900", "BW001", "BW001");
        assertThat(r.findings().get(1).location()).isEqualTo(Location.ofFile("Dockerfile.bin"));
        assertThat(r.findings().get(1).message()).isEqualTo("binary file (NUL byte at offset 1)");
        assertThat(r.findings().get(2).message()).isEqualTo("no such file");
        assertThat(r.filesChecked()).isEqualTo(1);
        assertThat(r.filesUnreadable()).isEqualTo(2);
        assertThat(r.source("missing")).hasValueSatisfying(s -> assertThat(s.text()).isEmpty());
        assertThat(r.internalError()).isFalse();
    }

    @Test
    void standardInputIsShownAsDash() {
        AuditResult r = auditor.audit(List.of(new Input.StreamInput("-",
                new ByteArrayInputStream("FROM a:latest\n".getBytes(StandardCharsets.UTF_8)))), Settings.defaults());
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("-"));
    }

    @Test
    void pathOverridesApplyToFileInputs() throws IOException, ConfigException {
        Path legacy = Files.createDirectories(tmp.resolve("legacy"));
        Files.writeString(legacy.resolve("Dockerfile"), "FROM a:latest\n");
        Files.writeString(tmp.resolve("Dockerfile"), "FROM a:latest\n");
        Settings s = config("overrides:\n  - paths: [legacy]\n    ignore: [DF900]\n");
        AuditResult r = auditor.audit(List.of(Input.file("Dockerfile", tmp.resolve("Dockerfile")),
                Input.file("legacy/Dockerfile", legacy.resolve("Dockerfile"))), s);
        assertThat(r.findings()).extracting(Finding::path).containsExactly("Dockerfile");
    }

    @Test
    void instructionSuppressionCoversOnlyItsInstruction() {
        String text = "# bulwark-ignore: DF900 -- vendor image\nFROM a:latest\nFROM b:latest\n";
        AuditResult r = audit(text, Settings.defaults());
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(3));
    }

    @Test
    void suppressionByNameAndMultiLineInstruction() {
        String text = "FROM x\n# bulwark-ignore: test-latest\nCOPY --from=a:latest \\\n     /a /b\nRUN x:latest\n";
        AuditResult r = audit(text, Settings.defaults());
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(5));
    }

    @Test
    void fileSuppressionCoversTheWholeFile() {
        String text = "FROM a:latest\nFROM b:latest\n# bulwark-ignore-file: DF900 -- all pinned by digest upstream\n";
        assertThat(audit(text, Settings.defaults()).findings()).isEmpty();
    }

    @Test
    void hadolintCommentsMapThroughAliases() {
        assertThat(audit("# hadolint ignore=DL3008,DL3007\nFROM a:latest\nFROM b:latest\n", Settings.defaults())
                .findings()).extracting(f -> f.location().line()).containsExactly(3);
        assertThat(audit("FROM a:latest\n# hadolint global ignore=DL3007\nFROM b:latest\n", Settings.defaults())
                .findings()).isEmpty();
        // An ID no bulwark rule aliases is hadolint's business: neither used nor unknown.
        assertThat(audit("# hadolint ignore=DL3008\nFROM a\n", Settings.defaults()).findings()).isEmpty();
    }

    @Test
    void unusedSuppressionIsReportedAtTheComment() {
        AuditResult r = audit("FROM a\n# bulwark-ignore: DF900 -- stale\nRUN true\n", Settings.defaults());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().code()).isEqualTo("BW003");
            assertThat(f.message()).isEqualTo("unused suppression of `DF900`");
            assertThat(f.location()).isEqualTo(new Location("Dockerfile", 2, 1, 2, 33));
        });
    }

    @Test
    void unusedHadolintPragmaIsHadolintsBusinessUnlessAsked() throws ConfigException {
        String text = "# hadolint ignore=DL3007\nFROM a\n";
        assertThat(codes(audit(text, Settings.defaults()))).isEmpty();
        assertThat(codes(audit(text, config("rules: {unused-suppression: {report-foreign-pragmas: true}}\n"))))
                .containsExactly("BW003");
        // bulwark's own comments are always checked.
        assertThat(codes(audit("# bulwark-ignore: DL3007\nFROM a\n", Settings.defaults()))).containsExactly("BW003");
    }

    @Test
    void hadolintStageIgnoreCoversTheStageBelowOnly() {
        String text = "# hadolint stage ignore=DL3007\nFROM a:latest\nCOPY --from=b:latest /x /x\n"
                + "FROM c:latest\n";
        assertThat(audit(text, Settings.defaults()).findings()).extracting(f -> f.location().line())
                .containsExactly(4);
    }

    @Test
    void unusedSuppressionOfADisabledRuleIsNotReported() throws ConfigException {
        assertThat(audit("FROM a\n# bulwark-ignore: test-off\nRUN true\n", Settings.defaults()).findings()).isEmpty();
        assertThat(audit("# bulwark-ignore: DF900\nFROM a\n", config("ignore: [DF900]\n")).findings()).isEmpty();
    }

    @Test
    void unknownRuleInSuppressionSuggestsTheClosest() {
        AuditResult r = audit("# bulwark-ignore: test-lates\nFROM a:latest\n", Settings.defaults());
        assertThat(codes(r)).containsExactly("BW004", "DF900");
        assertThat(r.findings().get(0).message()).isEqualTo("unknown rule `test-lates` in suppression; did you mean `test-latest`?");
        assertThat(r.findings().get(0).location().line()).isEqualTo(1);
    }

    @Test
    void suppressionDiagnosticsCanThemselvesBeSilenced() throws ConfigException {
        String text = "# bulwark-ignore: DF900\nFROM a\n";
        assertThat(audit(text + "# bulwark-ignore-file: BW003\n", Settings.defaults()).findings()).isEmpty();
        assertThat(audit(text, config("ignore: [unused-suppression]\n")).findings()).isEmpty();
        assertThat(audit("# bulwark-ignore-file: BW003\nFROM a\n", Settings.defaults()).findings()).isEmpty();
    }

    @Test
    void suppressionsApplyToSyntaxFindings() {
        assertThat(audit("# bulwark-ignore-file: DF001\nRUN true\n", Settings.defaults()).findings()).isEmpty();
    }

    @Test
    void suppressingACrashingRuleForTheFileSilencesItsCrash() {
        AuditResult r = audit("# bulwark-ignore-file: DF902 -- crashes on this file, reported\nFROM a\nRUN echo CRASH\n",
                Settings.defaults());
        assertThat(r.findings()).isEmpty();
        assertThat(r.internalError()).isFalse();
        AuditResult bw = audit("# bulwark-ignore-file: BW002\nFROM a\nRUN echo CRASH\n", Settings.defaults());
        assertThat(bw.findings()).isEmpty();
        assertThat(bw.internalError()).isFalse();
    }

    @Test
    void ignoringTheCrashDiagnosticHidesTheFindingButNotTheInternalError() throws ConfigException {
        AuditResult r = audit("FROM a\nRUN echo CRASH\n", config("ignore: [BW002]\n"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.internalError()).isTrue();
    }

    @Test
    void sameOutputWhateverTheThreadCount() throws IOException, ConfigException {
        List<Input> inputs = Corpus.dockerfiles();
        Settings all = loader.apply(Settings.defaults(), SettingsOverride.none().withSelect(List.of("all")));
        AuditResult one = new Auditor(TestRules.all(), 1).audit(inputs, all);
        AuditResult four = new Auditor(TestRules.all(), 4).audit(inputs, all);
        assertThat(one.findings()).isNotEmpty();
        assertThat(four.findings()).isEqualTo(one.findings());
        assertThat(four.filesChecked()).isEqualTo(one.filesChecked()).isEqualTo(inputs.size());
        assertThat(four.internalError()).isEqualTo(one.internalError());
    }
}
