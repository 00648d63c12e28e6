package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Fix;
import dev.bulwark.core.Location;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest {
    private final SourceText dockerfile = new SourceText("docker/Dockerfile", Fixtures.DOCKERFILE);

    private static String text(List<Finding> findings, List<SourceText> sources, boolean color) {
        return Fixtures.render(new TextReporter(color), Fixtures.input(findings, sources));
    }

    @Test
    void showsLocationSeverityRuleMessageSnippetAndHelp() {
        Finding f = Fixtures.findingOn(Fixtures.LATEST_TAG, dockerfile, "python:latest", "`python:latest` uses the latest tag");
        assertThat(text(List.of(f), List.of(dockerfile), false)).isEqualTo(""
                + "docker/Dockerfile (1 finding)\n"
                + "\n"
                + "docker/Dockerfile:1:6: warning DF001 latest-tag: `python:latest` uses the latest tag\n"
                + " 1 | FROM python:latest\n"
                + "   |      ^~~~~~~~~~~~~\n"
                + "   = help: Pin a version tag or a digest.\n"
                + "\n"
                + "1 finding (0 errors, 1 warning, 0 info) in 3 files\n");
    }

    @Test
    void aFixableFindingIsMarkedAndTheSummarySaysHowManyFixCanRepair() {
        Finding latest = Fixtures.findingOn(Fixtures.LATEST_TAG, dockerfile, "python:latest", "latest");
        Finding safe = latest.withFix(Fix.safe("pin it", TextEdit.replace(latest.range(), "python:3.12.8")));
        Finding unsafe = latest.withFix(Fix.unsafe("pin it", TextEdit.replace(latest.range(), "python:3.13.1")));
        String report = text(List.of(safe, unsafe, latest), List.of(dockerfile), false);
        assertThat(report).contains("docker/Dockerfile:1:6: warning DF001 latest-tag [fix]: latest\n")
                .contains("docker/Dockerfile:1:6: warning DF001 latest-tag [fix: unsafe]: latest\n")
                .contains("docker/Dockerfile:1:6: warning DF001 latest-tag: latest\n")
                .endsWith("3 findings (0 errors, 3 warnings, 0 info) in 3 files\n"
                        + "1 fixable with `bulwark fix` (1 more with `bulwark fix --unsafe-fixes`)\n");
        assertThat(text(List.of(unsafe), List.of(dockerfile), false))
                .endsWith("\n1 fixable with `bulwark fix --unsafe-fixes`\n");
        assertThat(text(List.of(latest), List.of(dockerfile), false)).doesNotContain("fixable");
    }

    @Test
    void groupsByFileInFirstAppearanceOrder() {
        SourceText other = new SourceText("other/Dockerfile", "FROM a\n");
        List<Finding> findings = List.of(
                Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18),
                Fixtures.finding(Fixtures.NO_HEALTHCHECK, other, 0, 4),
                Fixtures.finding(Fixtures.SECRET_IN_ENV, dockerfile, 19, 22));
        String out = text(findings, List.of(dockerfile, other), false);
        assertThat(out).containsSubsequence(
                "docker/Dockerfile (2 findings)", "docker/Dockerfile:1:6:", "docker/Dockerfile:2:1:",
                "other/Dockerfile (1 finding)", "other/Dockerfile:1:1:",
                "3 findings (1 error, 1 warning, 1 info) in 3 files");
        assertThat(out.split("docker/Dockerfile \\(", -1)).hasSize(2);
    }

    @Test
    void noFindingsIsOneLine() {
        assertThat(text(List.of(), List.of(), false)).isEqualTo("No findings in 3 files\n");
        ReportInput one = new ReportInput(Fixtures.TOOL, List.of(), List.of(), SourceLookup.none(), FailThreshold.WARNING, 1);
        assertThat(Fixtures.render(new TextReporter(false), one)).isEqualTo("No findings in 1 file\n");
    }

    @Test
    void keepsTabsSoTheCaretAligns() {
        // Line 4 is "\t torch": the caret line repeats the tab, then a space.
        Finding f = Fixtures.findingOn(Fixtures.LATEST_TAG, dockerfile, "torch", "m");
        assertThat(text(List.of(f), List.of(dockerfile), false)).contains(
                " 4 | \t torch\n"
                + "   | \t ^~~~~\n");
    }

    @Test
    void multiLineRangeIsUnderlinedToTheEndOfItsFirstLine() {
        int start = Fixtures.DOCKERFILE.indexOf("pip");
        int end = Fixtures.DOCKERFILE.indexOf("torch") + 5;
        Finding f = Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, start, end);
        assertThat(text(List.of(f), List.of(dockerfile), false)).contains(
                "docker/Dockerfile:3:5: warning",
                " 3 | RUN pip install \\\n"
                + "   |     ^~~~~~~~~~~~~\n");
    }

    @Test
    void emptyRangeIsACaretAndAWholeFileFindingWorksWithoutSource() {
        Finding point = Fixtures.finding(Fixtures.NO_HEALTHCHECK, dockerfile, 0, 0);
        assertThat(text(List.of(point), List.of(dockerfile), false)).contains(
                " 1 | FROM python:latest\n"
                + "   | ^\n");
        Finding wholeFile = new Finding(Fixtures.UNREADABLE, Severity.ERROR, Location.ofFile("gone/Dockerfile"),
                TextRange.empty(0), "cannot read file", List.of());
        assertThat(text(List.of(wholeFile), List.of(), false)).isEqualTo(""
                + "gone/Dockerfile (1 finding)\n"
                + "\n"
                + "gone/Dockerfile:1:1: error BW001 unreadable-file: cannot read file\n"
                + "\n"
                + "1 finding (1 error, 0 warnings, 0 info) in 3 files\n");
    }

    @Test
    void emptyFileAndEndOfFileFindingsShowAnEmptyLine() {
        SourceText empty = new SourceText("empty/Dockerfile", "");
        assertThat(text(List.of(Fixtures.finding(Fixtures.NO_HEALTHCHECK, empty, 0, 0)), List.of(empty), false))
                .contains(" 1 | \n   | ^\n");
        SourceText twoLines = new SourceText("eof/Dockerfile", "FROM a\n");
        assertThat(text(List.of(Fixtures.finding(Fixtures.NO_HEALTHCHECK, twoLines, 7, 7)), List.of(twoLines), false))
                .contains("eof/Dockerfile:2:1:", " 2 | \n   | ^\n");
    }

    @Test
    void stdinSpacesAndNonAsciiPaths() {
        SourceText stdin = new SourceText("-", "FROM 😀img:latest\n");
        SourceText spaced = new SourceText("my dir/Dockerfile.模型", "FROM a\n");
        List<Finding> findings = List.of(
                Fixtures.findingOn(Fixtures.LATEST_TAG, stdin, "😀img:latest", "m"),
                Fixtures.finding(Fixtures.LATEST_TAG, spaced, 5, 6));
        String out = text(findings, List.of(stdin, spaced), false);
        // The emoji is two UTF-16 units and two terminal cells: 12 cells underlined.
        assertThat(out).contains("- (1 finding)", "-:1:6: warning", " 1 | FROM 😀img:latest\n   |      ^" + "~".repeat(11) + "\n",
                "my dir/Dockerfile.模型 (1 finding)", "my dir/Dockerfile.模型:1:6: warning");
    }

    @Test
    void wideCharactersBeforeTheRangeShiftTheCaretByTheirWidth() {
        SourceText cjk = new SourceText("cjk/Dockerfile", "# 模型 x\n");
        Finding f = Fixtures.findingOn(Fixtures.LATEST_TAG, cjk, "x", "m");
        assertThat(text(List.of(f), List.of(cjk), false)).contains(" 1 | # 模型 x\n   |        ^\n");
    }

    @Test
    void gutterWidthFollowsTheLargestLineNumber() {
        String text = "FROM a\n".repeat(12);
        SourceText big = new SourceText("big/Dockerfile", text);
        List<Finding> findings = List.of(
                Fixtures.finding(Fixtures.LATEST_TAG, big, 5, 6),
                Fixtures.finding(Fixtures.LATEST_TAG, big, 7 * 11 + 5, 7 * 11 + 6));
        assertThat(text(findings, List.of(big), false)).contains(
                "  1 | FROM a\n    |      ^\n    = help:", " 12 | FROM a\n    |      ^\n");
    }

    @Test
    void controlCharactersFromTheAuditedFileCannotDriveTheTerminal() {
        SourceText evil = new SourceText("evil/Dockerfile", "FROM a\u001b[2J\u202e:latest\n");
        Finding f = Fixtures.finding(Fixtures.LATEST_TAG, Severity.WARNING, evil, 5, 16, "image a\u001b[31m", List.of());
        String out = text(List.of(f), List.of(evil), false);
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u202e").contains(" 1 | FROM a?[2J?:latest\n");
    }

    @Test
    void colourOnlyWhenAsked() {
        Finding f = Fixtures.findingOn(Fixtures.SECRET_IN_ENV, dockerfile, "API_TOKEN", "m");
        assertThat(text(List.of(f), List.of(dockerfile), false)).doesNotContain("\u001b");
        String coloured = text(List.of(f), List.of(dockerfile), true);
        assertThat(coloured).contains("\u001b[1;31merror\u001b[0m", "\u001b[1;31m^~~~~~~~~\u001b[0m");
    }

    @SeededProperty(cases = 100)
    void colourAddsOnlyEscapeSequences(long seed) {
        List<Finding> findings = findings(SeededInputs.of(seed));
        String plain = text(findings, List.of(dockerfile), false);
        String coloured = text(findings, List.of(dockerfile), true);
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    private List<Finding> findings(SeededInputs in) {
        int length = Fixtures.DOCKERFILE.length();
        return in.list(5, () -> {
            int start = in.between(0, length);
            return Fixtures.finding(in.pick(Fixtures.LATEST_TAG, Fixtures.SECRET_IN_ENV, Fixtures.NO_HEALTHCHECK),
                    in.pick(Severity.values()), dockerfile, start, Math.min(length, start + in.between(0, 30)),
                    "message", List.of());
        });
    }
}
