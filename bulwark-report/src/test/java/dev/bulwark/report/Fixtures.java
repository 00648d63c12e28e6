package dev.bulwark.report;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Practice;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Hand-made rules, sources and findings; no dependency on the real rules. */
final class Fixtures {
    static final ToolInfo TOOL = new ToolInfo("bulwark", "0.1.0-SNAPSHOT", "https://github.com/bulwark-dev/bulwark");

    static final RuleMeta LATEST_TAG = new RuleMeta("DF001", "latest-tag", Practice.BASE_IMAGE_PINNING,
            Severity.WARNING, true, "Base image uses the latest tag", "Pin a version tag or a digest.",
            List.of("DL3007"));
    static final RuleMeta SECRET_IN_ENV = new RuleMeta("DF020", "secret-in-env", Practice.SECRET_MANAGEMENT,
            Severity.ERROR, true, "Secret value baked into the image", "Use a build secret mount.",
            List.of("CKV_DOCKER_11", "DS031"));
    static final RuleMeta NO_HEALTHCHECK = new RuleMeta("DF050", "no-healthcheck", Practice.HEALTH_MONITORING,
            Severity.INFO, false, "Image has no HEALTHCHECK", "", List.of());
    static final RuleMeta UNREADABLE = new RuleMeta("BW001", "unreadable-file", Practice.CORRECTNESS,
            Severity.ERROR, true, "File could not be read", "", List.of());

    static final String DOCKERFILE = "FROM python:latest\n"
            + "ENV API_TOKEN=ghp_S3cr3tT0k3nValue42\n"
            + "RUN pip install \\\n"
            + "\t torch\n";

    private Fixtures() {
    }

    static Finding finding(RuleMeta rule, SourceText source, int start, int end) {
        return finding(rule, rule.severity(), source, start, end, "message of " + rule.name(), List.of());
    }

    static Finding finding(RuleMeta rule, Severity severity, SourceText source, int start, int end, String message,
            List<TextRange> redactions) {
        TextRange range = new TextRange(start, end);
        return new Finding(rule, severity, source.location(range), range, message, redactions);
    }

    /** A finding on the whole substring {@code needle} of the source. */
    static Finding findingOn(RuleMeta rule, SourceText source, String needle, String message) {
        int at = source.text().indexOf(needle);
        if (at < 0) {
            throw new IllegalArgumentException(needle + " not in " + source);
        }
        return finding(rule, rule.severity(), source, at, at + needle.length(), message, List.of());
    }

    static List<RuleDescriptor> descriptors() {
        return List.of(
                new RuleDescriptor(LATEST_TAG, "# latest-tag\n\nFlags `FROM image:latest`.\n"),
                new RuleDescriptor(SECRET_IN_ENV, "# secret-in-env\n\nFlags secrets in ENV.\n", Precision.MEDIUM),
                RuleDescriptor.of(NO_HEALTHCHECK));
    }

    static ReportInput input(List<Finding> findings, List<SourceText> sources) {
        return new ReportInput(TOOL, descriptors(), findings, SourceLookup.of(sources), FailThreshold.WARNING, 3);
    }

    static String render(Reporter reporter, ReportInput in) {
        StringBuilder sb = new StringBuilder();
        try {
            reporter.write(in, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    static List<Reporter> allReporters() {
        return List.of(new TextReporter(false), new TextReporter(true), new JsonReporter(), new SarifReporter());
    }
}
