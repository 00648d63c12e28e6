package dev.bulwark.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.TestRules;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.dockerfile.DockerfileContext;
import dev.bulwark.rules.dockerfile.DockerfileRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix loop with rules made for it: a fix that breaks the syntax, a fix that never converges, fixes that touch. */
class FixerTest {
    @TempDir
    Path dir;

    /** Lower-cases every RUN keyword: a well-behaved fix. */
    @RuleInfo(code = "DF950", name = "test-lower-run", practice = Practice.CORRECTNESS, severity = Severity.INFO,
            summary = "test", fix = "test", autofix = FixApplicability.SAFE)
    public static final class LowerRun implements DockerfileRule {
        @Override
        public void check(DockerfileContext ctx, FindingSink sink) {
            for (Instruction i : ctx.dockerfile().instructions()) {
                if (i.keywordText().equals("RUN")) {
                    sink.report(i.keywordRange(), "upper", Fix.safe("lower", TextEdit.replace(i.keywordRange(), "run")));
                }
            }
        }
    }

    /** Proposes an instruction BuildKit does not know above the first one. */
    @RuleInfo(code = "DF951", name = "test-breaks-syntax", practice = Practice.CORRECTNESS, severity = Severity.INFO,
            summary = "test", fix = "test", autofix = FixApplicability.SAFE)
    public static final class BreaksSyntax implements DockerfileRule {
        @Override
        public void check(DockerfileContext ctx, FindingSink sink) {
            Instruction first = ctx.dockerfile().instructions().get(0);
            sink.report(first.keywordRange(), "always", Fix.safe("break it", TextEdit.insert(0, "FROBNICATE now\n")));
        }
    }

    /** A fix that does not remove its finding: it adds a comment line every time. */
    @RuleInfo(code = "DF952", name = "test-never-done", practice = Practice.CORRECTNESS, severity = Severity.INFO,
            summary = "test", fix = "test", autofix = FixApplicability.UNSAFE)
    public static final class NeverDone implements DockerfileRule {
        @Override
        public void check(DockerfileContext ctx, FindingSink sink) {
            sink.report(ctx.dockerfile().instructions().get(0).keywordRange(), "again",
                    Fix.unsafe("comment", TextEdit.insert(0, "# again\n")));
        }
    }

    private FixOutcome fix(String text, boolean unsafe, Rule... rules) throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, text);
        List<Rule> all = new ArrayList<>(TestRules.all());
        all.addAll(List.of(rules));
        return new Fixer(reader -> new Auditor(all, 1, reader), new InputReader(), unsafe)
                .fix(List.of(Input.file("Dockerfile", file)), Settings.defaults());
    }

    @Test
    void aFixThatWouldBreakTheSyntaxIsDroppedAndReportedAndTheOthersApply() throws IOException {
        FixOutcome outcome = fix("FROM scratch\nRUN true\nRUN false\n", false, new LowerRun(), new BreaksSyntax());
        assertThat(outcome.fixed()).containsEntry("Dockerfile", "FROM scratch\nrun true\nrun false\n");
        assertThat(outcome.dropped()).singleElement().satisfies(d -> {
            assertThat(d.finding().rule().code()).isEqualTo("DF951");
            assertThat(d.reason()).startsWith("it would introduce a syntax error: ");
        });
        assertThat(outcome.converged()).isTrue();
    }

    @Test
    void unsafeFixesWaitForTheFlagAndALoopThatNeverSettlesStopsAtTheBound() throws IOException {
        assertThat(fix("FROM scratch\n", false, new NeverDone()).fixed()).isEmpty();
        FixOutcome outcome = fix("FROM scratch\n", true, new NeverDone());
        assertThat(outcome.converged()).isFalse();
        assertThat(outcome.rounds()).isEqualTo(Fixer.MAX_ROUNDS);
        assertThat(outcome.fixed().get("Dockerfile")).isEqualTo("# again\n".repeat(Fixer.MAX_ROUNDS) + "FROM scratch\n");
    }
}
