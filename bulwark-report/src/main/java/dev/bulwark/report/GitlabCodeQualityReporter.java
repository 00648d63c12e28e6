package dev.bulwark.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Set;

/**
 * GitLab Code Quality (a subset of the Code Climate engine spec that
 * {@code artifacts:reports:codequality} reads): a JSON array with one issue per finding, each
 * with {@code description}, {@code check_name}, a {@code fingerprint} unique in the report and
 * stable across line shifts (SHA-256 of rule, path and {@link Fingerprints line hash}),
 * {@code severity} (error: critical, warning: major, info: info) and {@code location.path} with
 * {@code lines.begin}.
 */
public final class GitlabCodeQualityReporter implements Reporter {

    @Override
    public String format() {
        return "gitlab";
    }

    @Override
    public void write(ReportInput in, Appendable out) throws IOException {
        Fingerprints fingerprints = new Fingerprints(in.sources());
        FileSecrets secrets = new FileSecrets(in.findings());
        Set<String> used = new HashSet<>();
        JsonGenerator g = JsonOutput.open(out);
        g.writeStartArray();
        for (Finding f : in.findings()) {
            Region r = Region.of(f.location());
            String base = f.rule().code() + "\n" + f.path() + "\n" + fingerprints.of(f);
            String fingerprint = sha256(base);
            // Two findings of one rule on one line: the later ones count up, so every issue stays.
            for (int n = 2; !used.add(fingerprint); n++) {
                fingerprint = sha256(base + "\n" + n);
            }
            g.writeStartObject();
            g.writeStringField("type", "issue");
            g.writeStringField("check_name", f.rule().code() + " " + f.rule().name());
            g.writeStringField("description", f.rule().code() + " " + f.rule().name() + ": "
                    + Redaction.scrubMessage(f, in.sources().find(f.path()), secrets.of(f.path())));
            g.writeArrayFieldStart("categories");
            g.writeString(RuleTags.isSecurity(f.rule()) ? "Security" : "Bug Risk");
            g.writeEndArray();
            g.writeStringField("severity", severity(f.severity()));
            g.writeStringField("fingerprint", fingerprint);
            g.writeObjectFieldStart("location");
            g.writeStringField("path", f.path());
            g.writeObjectFieldStart("lines");
            g.writeNumberField("begin", r.line());
            g.writeNumberField("end", r.endLine());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        JsonOutput.finish(g);
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "info";
        };
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
