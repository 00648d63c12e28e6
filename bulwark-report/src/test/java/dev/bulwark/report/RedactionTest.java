package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {
    private static final String SECRET = "ghp_S3cr3tT0k3nValue42";
    private final SourceText dockerfile = new SourceText("docker/Dockerfile", Fixtures.DOCKERFILE);

    private Finding secretFinding(String message) {
        int at = Fixtures.DOCKERFILE.indexOf(SECRET);
        int lineStart = Fixtures.DOCKERFILE.indexOf("ENV");
        return Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, dockerfile, lineStart, at + SECRET.length(),
                message, List.of(new TextRange(at, at + SECRET.length())));
    }

    @Test
    void noFormatShowsTheSecret() {
        ReportInput in = Fixtures.input(List.of(secretFinding("`API_TOKEN` holds a secret")), List.of(dockerfile));
        for (Reporter reporter : Fixtures.allReporters()) {
            assertThat(Fixtures.render(reporter, in)).as(reporter.format()).doesNotContain(SECRET);
        }
        assertThat(Fixtures.render(new TextReporter(false), in)).contains(" 2 | ENV API_TOKEN=****\n");
    }

    @Test
    void aSecretThatSlippedIntoTheMessageIsMaskedToo() {
        ReportInput in = Fixtures.input(List.of(secretFinding("token " + SECRET + " in ENV")), List.of(dockerfile));
        for (Reporter reporter : Fixtures.allReporters()) {
            String out = Fixtures.render(reporter, in);
            assertThat(out).as(reporter.format()).doesNotContain(SECRET).contains("token **** in ENV");
        }
    }

    @Test
    void aSecretContinuedOnTheNextLineIsMaskedOnTheShownLine() {
        SourceText src = new SourceText("Dockerfile", "ENV TOKEN=abcd1234\\\n    efgh5678 OTHER=1\n");
        int first = src.text().indexOf("abcd1234");
        int second = src.text().indexOf("efgh5678");
        int lineEnd = src.text().indexOf("OTHER=1") + 7;
        // One redaction per physical piece of the value: the indentation stays visible.
        Finding pieces = Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, src, second, lineEnd, "m",
                List.of(new TextRange(first, first + 8), new TextRange(second, second + 8)));
        assertThat(Fixtures.render(new TextReporter(false), Fixtures.input(List.of(pieces), List.of(src))))
                .doesNotContain("efgh5678").contains(" 2 |     **** OTHER=1\n   |     ^" + "~".repeat(11) + "\n");
        // One redaction over the whole continued value: everything up to its end is masked.
        Finding spanning = Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, src, second, lineEnd, "m",
                List.of(new TextRange(first, second + 8)));
        assertThat(Fixtures.render(new TextReporter(false), Fixtures.input(List.of(spanning), List.of(src))))
                .doesNotContain("efgh5678").contains(" 2 | **** OTHER=1\n   | ^" + "~".repeat(11) + "\n");
    }

    @Test
    void machineFormatsCarryNoSourceText() {
        SourceText src = new SourceText("Dockerfile", "FROM registry.example/uniqueSourceMarker:latest\n");
        Finding f = Fixtures.finding(Fixtures.LATEST_TAG, src, 5, 47);
        ReportInput in = Fixtures.input(List.of(f), List.of(src));
        assertThat(Fixtures.render(new JsonReporter(), in)).doesNotContain("uniqueSourceMarker");
        assertThat(Fixtures.render(new SarifReporter(), in)).doesNotContain("uniqueSourceMarker");
    }

    @SeededProperty(cases = 100)
    void randomSecretsNeverAppear(long seed) {
        SeededInputs in = SeededInputs.of(seed);
        String secret = secret(in);
        int from = in.between(0, 40);
        int length = in.between(0, 40);
        String other = secret(in);
        String text = "FROM base\nENV KEY=" + secret + " NEXT=1\nRUN run\n";
        SourceText src = new SourceText("Dockerfile", text);
        int at = text.indexOf(secret);
        int start = Math.min(text.length(), from + 10);
        int end = Math.min(text.length(), start + length);
        Finding f = Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, src, start, end, "KEY holds " + other,
                List.of(new TextRange(at, at + secret.length())));
        ReportInput input = Fixtures.input(List.of(f), List.of(src));
        for (Reporter reporter : Fixtures.allReporters()) {
            assertThat(Fixtures.render(reporter, input)).as(reporter.format()).doesNotContain(secret);
        }
    }

    @SeededProperty(cases = 100)
    void theMaskDoesNotRevealTheLength(long seed) {
        SeededInputs in = SeededInputs.of(seed);
        String a = secret(in);
        String b = secret(in);
        assertThat(textOfKeyFinding(a)).isEqualTo(textOfKeyFinding(b));
    }

    private static String textOfKeyFinding(String secret) {
        String text = "ENV KEY=" + secret + " NEXT=1\n";
        SourceText src = new SourceText("Dockerfile", text);
        Finding f = Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, src, 4, 7, "KEY holds a secret",
                List.of(new TextRange(8, 8 + secret.length())));
        return Fixtures.render(new TextReporter(false), Fixtures.input(List.of(f), List.of(src)));
    }

    private static String secret(SeededInputs in) {
        // Upper case letters and digits only: never a substring of the fixed text around them.
        return "Z9" + in.string(8, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    }
}
