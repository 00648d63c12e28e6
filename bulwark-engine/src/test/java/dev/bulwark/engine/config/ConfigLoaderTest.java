package dev.bulwark.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.engine.TestRules;
import dev.bulwark.rules.RuleOptions;
import dev.bulwark.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImagePin;
import dev.bulwark.dockerfile.image.ImageReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
    private static final RuleMeta LATEST = Rules.meta(TestRules.Latest.class);
    private static final RuleMeta OFF = Rules.meta(TestRules.OffByDefault.class);
    private static final RuleMeta KUBE = Rules.meta(TestRules.Kube.class);

    private final ConfigLoader loader = new ConfigLoader(TestRules.all());

    @TempDir
    Path tmp;

    private Settings parse(String yaml) throws ConfigException {
        return loader.parse(new SourceText(".bulwark.yaml", yaml), tmp);
    }

    private ConfigException error(String yaml) {
        try {
            parse(yaml);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException for:\n" + yaml);
    }

    private FileSettings any(Settings s) {
        return s.forFile(tmp.resolve("Dockerfile"));
    }

    @Test
    void defaultsRunDefaultEnabledRulesAtDefaultSeverityAndFailOnWarnings() {
        FileSettings f = Settings.defaults().withoutPath();
        assertThat(f.enabled(LATEST)).isTrue();
        assertThat(f.enabled(OFF)).isFalse();
        assertThat(f.severity(LATEST)).isEqualTo(Severity.WARNING);
        assertThat(Settings.defaults().failOn()).isEqualTo(FailThreshold.WARNING);
    }

    @Test
    void emptyFileIsDefaults() throws ConfigException {
        Settings s = parse("# nothing configured\n");
        assertThat(any(s).enabled(LATEST)).isTrue();
        assertThat(any(s).enabled(OFF)).isFalse();
    }

    @Test
    void fullConfigIsValidated() throws ConfigException {
        Settings s = parse("""
                select: [DF, test-off]
                ignore: [test-latest]
                severity:
                  DF901: error
                  test-kube: info
                fail-on: error
                trusted-registries: [registry.example.com]
                rules:
                  test-off: {strict: true, max: 7, mode: slow}
                """);
        FileSettings f = any(s);
        assertThat(f.enabled(LATEST)).isFalse();
        assertThat(f.enabled(OFF)).isTrue();
        assertThat(f.enabled(KUBE)).isFalse();
        assertThat(f.severity(OFF)).isEqualTo(Severity.ERROR);
        assertThat(f.severity(KUBE)).isEqualTo(Severity.INFO);
        assertThat(s.failOn()).isEqualTo(FailThreshold.ERROR);
        RuleOptions o = f.options(new TestRules.OffByDefault(), OFF);
        assertThat(o.bool("strict")).isTrue();
        assertThat(o.integer("max")).isEqualTo(7);
        assertThat(o.string("mode")).isEqualTo("slow");
        assertThat(o.stringList("trusted-registries")).containsExactly("registry.example.com");
    }

    @Test
    void imagesMapNamesToDockerfilesBesideTheConfiguration() throws ConfigException {
        Settings s = parse("images:\n  ghcr.io/acme/api: services/api/Dockerfile\n");
        assertThat(s.images()).containsExactly(java.util.Map.entry("ghcr.io/acme/api",
                tmp.resolve("services/api/Dockerfile").toAbsolutePath().normalize()));
        assertThat(error("images: [ghcr.io/acme/api]").getMessage()).contains("`images` must be a mapping");
    }

    @Test
    void unconfiguredOptionsKeepTheirDefaults() throws ConfigException {
        RuleOptions o = any(parse("rules:\n  DF901: {max: 1}\n")).options(new TestRules.OffByDefault(), OFF);
        assertThat(o.integer("max")).isEqualTo(1);
        assertThat(o.bool("strict")).isFalse();
        assertThat(o.stringList("trusted-registries")).isEmpty();
    }

    @Test
    void explicitRuleOptionBeatsTopLevelTrustedRegistries() throws ConfigException {
        Settings s = parse("trusted-registries: [a.io]\nrules:\n  DF901:\n    trusted-registries: [b.io]\n");
        assertThat(any(s).options(new TestRules.OffByDefault(), OFF).stringList("trusted-registries"))
                .containsExactly("b.io");
    }

    @Test
    void selectionByCodeNamePracticePrefixAndAll() throws ConfigException {
        assertThat(any(parse("select: [DF901]\n")).enabled(OFF)).isTrue();
        assertThat(any(parse("select: [df901]\n")).enabled(OFF)).isTrue();
        assertThat(any(parse("select: [test-off]\n")).enabled(LATEST)).isFalse();
        assertThat(any(parse("select: [security]\n")).enabled(OFF)).isTrue();
        assertThat(any(parse("select: [security]\n")).enabled(LATEST)).isFalse();
        assertThat(any(parse("select: [KU]\n")).enabled(KUBE)).isTrue();
        assertThat(any(parse("select: [KU]\n")).enabled(LATEST)).isFalse();
        assertThat(any(parse("select: [DF90]\n")).enabled(OFF)).isTrue();
        FileSettings all = any(parse("select: [all]\n"));
        assertThat(all.enabled(OFF)).isTrue();
        assertThat(all.enabled(LATEST)).isTrue();
        assertThat(all.enabled(KUBE)).isTrue();
        assertThat(any(parse("ignore: [all]\n")).enabled(LATEST)).isFalse();
    }

    @Test
    void knownFamilyPrefixIsValidWithoutRules() throws ConfigException {
        assertThat(any(parse("ignore: [DC]\n")).enabled(LATEST)).isTrue();
    }

    @Test
    void unknownKeyHasLineColumnAndSuggestion() {
        ConfigException e = error("fail-on: error\nselct: [DF900]\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.detail()).isEqualTo("unknown key `selct`; did you mean `select`?");
        assertThat(e.getMessage()).isEqualTo(".bulwark.yaml:2:1: unknown key `selct`; did you mean `select`?");
    }

    @Test
    void unknownKeyFarFromAnyGetsNoSuggestion() {
        assertThat(error("colour: red\n").detail()).isEqualTo("unknown key `colour`");
    }

    @Test
    void badSeverityValue() {
        ConfigException e = error("severity:\n  DF900: warnign\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(10);
        assertThat(e.detail()).contains("`warnign` is not a severity").endsWith("did you mean `warning`?");
        assertThat(error("fail-on: fatal\n").detail()).contains("`fatal` is not a severity");
    }

    @Test
    void failOnNoneIsAThresholdThatNeverFails() throws ConfigException {
        assertThat(parse("fail-on: none\n").failOn()).isEqualTo(FailThreshold.NONE);
        assertThat(parse("fail-on: None\n").failOn()).isEqualTo(FailThreshold.NONE);
        assertThat(parse("fail-on: info\n").failOn()).isEqualTo(FailThreshold.INFO);
        // The command line still has the last word, in both directions.
        assertThat(loader.apply(parse("fail-on: none\n"), SettingsOverride.none().withFailOn(FailThreshold.WARNING))
                .failOn()).isEqualTo(FailThreshold.WARNING);
        assertThat(loader.apply(parse("fail-on: error\n"), SettingsOverride.none().withFailOn(FailThreshold.NONE))
                .failOn()).isEqualTo(FailThreshold.NONE);
        assertThat(loader.apply(parse("fail-on: none\n"), SettingsOverride.none()).failOn()).isEqualTo(FailThreshold.NONE);
    }

    @Test
    void badFailOnListsNoneAndSuggestsTheClosest() {
        ConfigException e = error("fail-on: nome\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(10);
        assertThat(e.detail()).isEqualTo(
                "`nome` is not a severity for fail-on (expected error, warning, info or none); did you mean `none`?");
        assertThat(error("fail-on: warnign\n").detail()).endsWith("did you mean `warning`?");
        // none is a threshold, not a severity a rule can have.
        assertThat(error("severity: {DF900: none}\n").detail()).contains("`none` is not a severity")
                .contains("(expected error, warning or info)");
    }

    @Test
    void unknownRuleSuggestsTheClosestCodeOrName() {
        ConfigException e = error("select:\n  - DF900\n  - test-lates\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.detail()).isEqualTo("unknown rule, practice or code prefix `test-lates`; did you mean `test-latest`?");
        assertThat(error("ignore: [securty]\n").detail()).endsWith("did you mean `security`?");
        assertThat(error("severity: {DF909: error}\n").detail()).startsWith("unknown rule `DF909`");
    }

    @Test
    void optionsAreTypeChecked() {
        assertThat(error("rules:\n  DF901: {strict: yes-please}\n").detail())
                .isEqualTo("option `strict` of `DF901` expects true or false");
        assertThat(error("rules:\n  DF901: {max: many}\n").detail()).isEqualTo("option `max` of `DF901` expects an integer");
        assertThat(error("rules:\n  DF901: {trusted-registries: a.io}\n").detail())
                .isEqualTo("`option `trusted-registries` of `DF901`` expects a list, e.g. [a.io]");
        ConfigException unknown = error("rules:\n  DF901:\n    stric: true\n");
        assertThat(unknown.line()).isEqualTo(3);
        assertThat(unknown.detail()).isEqualTo("rule `DF901` has no option `stric`; did you mean `strict`?");
        assertThat(error("rules:\n  DF900: {x: 1}\n").detail()).isEqualTo("rule `DF900` has no options");
    }

    @Test
    void wrongShapes() {
        assertThat(error("select: DF900\n").detail()).isEqualTo("`select` expects a list, e.g. [DF900]");
        assertThat(error("- a\n").detail()).isEqualTo("the configuration must be a mapping of keys to values");
        assertThat(error("overrides:\n  - select: [DF900]\n").detail()).isEqualTo("override without `paths`");
        assertThat(error("overrides:\n  - paths: [a]\n    colour: red\n").detail()).isEqualTo("unknown key in `overrides` `colour`");
    }

    @Test
    void brokenYamlIsAConfigErrorWithPosition() {
        ConfigException e = error("select: [DF900\nignore: []\n");
        assertThat(e.detail()).startsWith("invalid YAML: ");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void duplicateKeyIsAConfigError() {
        ConfigException e = error("select: [DF900]\nselect: [DF901]\n");
        assertThat(e.detail()).isEqualTo("invalid YAML: duplicate key `select`");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void commandLineSelectReplacesIgnoreWinsFailOnOverrides() throws ConfigException {
        Settings file = parse("select: [DF900]\nignore: [KU]\n");
        Settings s = loader.apply(file, SettingsOverride.none().withSelect(List.of("all")).withFailOn(FailThreshold.INFO));
        assertThat(any(s).enabled(OFF)).isTrue();
        assertThat(any(s).enabled(KUBE)).isFalse();
        assertThat(s.failOn()).isEqualTo(FailThreshold.INFO);
        Settings ignored = loader.apply(file, SettingsOverride.none().withIgnore(List.of("DF900,DF901")));
        assertThat(any(ignored).enabled(LATEST)).isFalse();
    }

    @Test
    void commandLineIgnoreBeatsOverrideSelect() throws ConfigException {
        Settings file = parse("overrides:\n  - paths: ['**']\n    select: [DF901]\n");
        assertThat(any(file).enabled(OFF)).isTrue();
        Settings s = loader.apply(file, SettingsOverride.none().withIgnore(List.of("test-off")));
        assertThat(any(s).enabled(OFF)).isFalse();
    }

    @Test
    void unknownCommandLineSelector() {
        assertThatThrownBy(() -> loader.apply(Settings.defaults(), SettingsOverride.none().withSelect(List.of("DF90O"))))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.source()).isEqualTo("command line");
                    assertThat(e.line()).isZero();
                    assertThat(e.getMessage()).startsWith("command line: --select: unknown rule");
                });
    }

    @Test
    void overridesApplyByPathRelativeToTheConfigDirectory() throws ConfigException {
        Settings s = parse("""
                ignore: [test-latest]
                severity: {test-kube: warning}
                overrides:
                  - paths: ["legacy/**"]
                    ignore: [KU]
                  - paths: ["*.gpu.Dockerfile", "tools"]
                    select: [test-latest, DF901]
                    severity: {test-latest: error}
                    rules:
                      DF901: {max: 9}
                """);
        FileSettings root = s.forFile(tmp.resolve("Dockerfile"));
        assertThat(root.enabled(LATEST)).isFalse();
        assertThat(root.enabled(KUBE)).isTrue();
        FileSettings legacy = s.forFile(tmp.resolve("legacy/deep/Dockerfile"));
        assertThat(legacy.enabled(KUBE)).isFalse();
        FileSettings gpu = s.forFile(tmp.resolve("services/x.gpu.Dockerfile"));
        assertThat(gpu.enabled(LATEST)).isTrue();
        assertThat(gpu.severity(LATEST)).isEqualTo(Severity.ERROR);
        assertThat(gpu.severity(KUBE)).isEqualTo(Severity.WARNING);
        assertThat(gpu.options(new TestRules.OffByDefault(), OFF).integer("max")).isEqualTo(9);
        assertThat(s.forFile(tmp.resolve("tools/Dockerfile")).enabled(OFF)).isTrue();
        assertThat(s.forFile(tmp.resolve("toolsx/Dockerfile")).enabled(OFF)).isFalse();
        assertThat(s.forFile(tmp.getParent().resolve("elsewhere/x.gpu.Dockerfile")).enabled(LATEST)).isFalse();
    }

    @Test
    void upwardLookupFindsTheNearestFile() throws IOException {
        Path deep = Files.createDirectories(tmp.resolve("a/b/c"));
        Files.writeString(tmp.resolve("a/.bulwark.yaml"), "select: [all]\n");
        assertThat(ConfigFiles.findUpward(deep)).contains(tmp.resolve("a/.bulwark.yaml"));
        Files.writeString(tmp.resolve("a/b/.bulwark.yaml"), "");
        assertThat(ConfigFiles.findUpward(deep)).contains(tmp.resolve("a/b/.bulwark.yaml"));
        Path sibling = Files.createDirectories(tmp.resolve("z"));
        assertThat(ConfigFiles.findUpward(sibling).filter(p -> p.startsWith(tmp))).isEmpty();
    }

    @Test
    void resolveUsesTheUpwardFileOrTheExplicitOne() throws IOException, ConfigException {
        Path deep = Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(tmp.resolve("a/.bulwark.yaml"), "select: [all]\n");
        Files.writeString(tmp.resolve("other.yaml"), "select: [KU]\n");
        Settings upward = loader.resolve(deep, Optional.empty(), SettingsOverride.none());
        assertThat(upward.withoutPath().enabled(OFF)).isTrue();
        assertThat(upward.configFile()).isEqualTo(tmp.resolve("a/.bulwark.yaml").toString());
        Settings explicit = loader.resolve(deep, Optional.of(tmp.resolve("other.yaml")), SettingsOverride.none());
        assertThat(explicit.withoutPath().enabled(OFF)).isFalse();
        assertThat(explicit.withoutPath().enabled(KUBE)).isTrue();
    }

    @Test
    void errorsInAFileNameItRelativeToTheWorkingDirectory() throws IOException {
        Files.writeString(tmp.resolve(".bulwark.yaml"), "ignore: [nope]\n");
        assertThatThrownBy(() -> loader.resolve(tmp, Optional.empty(), SettingsOverride.none()))
                .hasMessage(".bulwark.yaml:1:10: unknown rule, practice or code prefix `nope`");
    }

    @Test
    void missingExplicitFileIsAConfigError() {
        assertThatThrownBy(() -> loader.resolve(tmp, Optional.of(Path.of("missing.yaml")), SettingsOverride.none()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("missing.yaml: cannot read");
    }

    /** {@code pins:} in {@code .bulwark.yaml} and {@code --pin}: what is read, and the errors (exit 2) with their places. */
    @Nested
    class Pins {
        private static final String DIGEST = "sha256:" + "ab".repeat(32);

        private static ImageName ref(String text) {
            return (ImageName) ImageReference.parse(text);
        }

        private static Optional<String> pinOf(Settings s, String reference) {
            Optional<ImagePin> pin = s.pins().of(ref(reference));
            return pin.isPresent() ? Optional.of(pin.get().suffix()) : Optional.empty();
        }

        @Test
        void pinsAreReadByNormalisedName() throws ConfigException {
            Settings s = parse("pins:\n  python: 3.12.8-slim-bookworm\n  nvidia/cuda: 12.4.1-runtime-ubuntu22.04@" + DIGEST
                    + "\n  localhost:5000/team/base: \"@" + DIGEST + "\"\n  ghcr.io/astral-sh/uv: 0.5.11\n");
            assertThat(pinOf(s, "docker.io/library/python:3.11")).contains(":3.12.8-slim-bookworm");
            assertThat(pinOf(s, "library/python")).contains(":3.12.8-slim-bookworm");
            assertThat(pinOf(s, "nvidia/cuda:12.1.0-base-ubuntu22.04")).contains(":12.4.1-runtime-ubuntu22.04@" + DIGEST);
            assertThat(pinOf(s, "localhost:5000/team/base:1")).contains("@" + DIGEST);
            assertThat(pinOf(s, "pythonx:3.11")).isEmpty();
            assertThat(pinOf(s, "ghcr.io/foo/python:3.11")).isEmpty();
            assertThat(pinOf(s, "localhost:5001/team/base:1")).isEmpty();
        }

        @Test
        void aYamlNumberIsReadAsWritten() throws ConfigException {
            assertThat(pinOf(parse("pins:\n  python: 3.10\n"), "python")).contains(":3.10");
        }

        @Test
        void noPinsWithoutTheKey() throws ConfigException {
            assertThat(parse("fail-on: error\n").pins().isEmpty()).isTrue();
            assertThat(parse("pins:\n").pins().isEmpty()).isTrue();
        }

        static Stream<Arguments> invalidPins() {
            return Stream.of(
                    Arguments.of("pins: [python]", 1, 7, "`pins` must be a mapping"),
                    Arguments.of("pins:\n  python:3.12: slim", 2, 3, "in `pins`: `python:3.12` names a version: the image is pinned without one (python: 3.12)"),
                    Arguments.of("pins:\n  python: latest", 2, 11, "cannot be pinned to `latest`"),
                    Arguments.of("pins:\n  python: 3.12 slim", 2, 11, "in `pins`: `3.12 slim` is not a tag or digest for `python`"),
                    Arguments.of("pins:\n  python: sha256:abc", 2, 11, "is not a tag or digest for `python`"),
                    Arguments.of("pins:\n  Python: 3.12", 2, 3, "in `pins`: `Python` is not an image name"),
                    Arguments.of("pins:\n  python:", 2, 10, "the pin of `python` must be a single value"),
                    Arguments.of("pins:\n  python: 3.12.8\n  docker.io/library/python: 3.12.7", 3, 3, "`pins` names the image `docker.io/library/python` twice (also at line 2)"));
        }

        @ParameterizedTest
        @MethodSource("invalidPins")
        void invalidPinsAreErrorsAtTheirPlace(String yaml, int line, int column, String message) {
            ConfigException e = error(yaml);
            assertThat(e.detail()).contains(message);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
        }

        @Test
        void theCommandLinePinsOverTheFile() throws ConfigException {
            Settings file = parse("pins:\n  python: 3.12.7\n  node: 22.12.0\n");
            Settings s = loader.apply(file, SettingsOverride.none().withPins(List.of("python=3.12.8-slim",
                    "nvidia/cuda@" + DIGEST + ",ghcr.io/astral-sh/uv:0.5.11")));
            assertThat(pinOf(s, "python")).contains(":3.12.8-slim");
            assertThat(pinOf(s, "node")).contains(":22.12.0");
            assertThat(pinOf(s, "nvidia/cuda:12")).contains("@" + DIGEST);
            assertThat(pinOf(s, "ghcr.io/astral-sh/uv")).contains(":0.5.11");
            assertThat(pinOf(loader.apply(file, SettingsOverride.none()), "python")).contains(":3.12.7");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "python| `python` is not a pin: write IMAGE=TAG, IMAGE=TAG@DIGEST or IMAGE@DIGEST",
                "python=| the pin of `python` is empty",
                "python:latest| cannot be pinned to `latest`",
                "=3.12| `` is not an image name",
        })
        void aBadPinOnTheCommandLineIsAUsageError(String spec, String message) {
            try {
                loader.apply(Settings.defaults(), SettingsOverride.none().withPins(List.of(spec)));
                throw new AssertionError("expected an error for --pin " + spec);
            } catch (ConfigException e) {
                assertThat(e.getMessage()).startsWith("command line: --pin " + spec + ": ").contains(message);
            }
        }
    }
}
