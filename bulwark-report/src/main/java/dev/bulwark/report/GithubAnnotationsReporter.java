package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
import java.io.IOException;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice}
 * line per finding, which the runner turns into an annotation on the file and lines, then the
 * summary as a plain log line. Values are escaped as the runner unescapes them: {@code %},
 * CR and LF in the message, also {@code :} and {@code ,} in properties.
 */
public final class GithubAnnotationsReporter implements Reporter {

    @Override
    public String format() {
        return "github";
    }

    @Override
    public void write(ReportInput in, Appendable out) throws IOException {
        FileSecrets secrets = new FileSecrets(in.findings());
        for (Finding f : in.findings()) {
            Region r = Region.of(f.location());
            String message = Redaction.scrubMessage(f, in.sources().find(f.path()), secrets.of(f.path()));
            String fix = f.rule().fixHint().strip();
            out.append("::").append(command(f.severity()))
                    .append(" file=").append(property(f.path()))
                    .append(",line=").append(Integer.toString(r.line()))
                    .append(",col=").append(Integer.toString(r.column()))
                    .append(",endLine=").append(Integer.toString(r.endLine()))
                    .append(",endColumn=").append(Integer.toString(r.endColumn()))
                    .append(",title=").append(property(f.rule().code() + " " + f.rule().name()))
                    .append("::").append(data(fix.isEmpty() ? message : message + "\nhelp: " + fix))
                    .append('\n');
        }
        out.append(TextReporter.summaryLine(in.summary(), new Palette(false))).append('\n');
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The runner's escapeData: {@code %}, CR, LF. */
    static String data(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '%' -> sb.append("%25");
                case '\r' -> sb.append("%0D");
                case '\n' -> sb.append("%0A");
                default -> sb.append(TextSafety.safeChar(c));
            }
        }
        return sb.toString();
    }

    /** The runner's escapeProperty: {@link #data} plus {@code :} and {@code ,}. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
