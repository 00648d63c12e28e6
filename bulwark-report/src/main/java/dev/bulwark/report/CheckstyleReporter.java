package dev.bulwark.report;

import dev.bulwark.core.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML (Jenkins warnings-ng, reviewdog, many IDE plugins): a {@code file} element per
 * file with findings, an {@code error} per finding with its line, column, severity
 * ({@code error}, {@code warning}, {@code info}), message and {@code source} (the rule).
 */
public final class CheckstyleReporter implements Reporter {
    /** The format version checkstyle itself writes; readers ignore it. */
    static final String VERSION = "8.0";

    @Override
    public String format() {
        return "checkstyle";
    }

    @Override
    public void write(ReportInput in, Appendable out) throws IOException {
        FileSecrets secrets = new FileSecrets(in.findings());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<checkstyle version=\"").append(VERSION).append("\">\n");
        for (Map.Entry<String, List<Finding>> file : TextReporter.byFile(in.findings()).entrySet()) {
            out.append("  <file name=\"").append(Markup.attribute(file.getKey())).append("\">\n");
            for (Finding f : file.getValue()) {
                Region r = Region.of(f.location());
                String message = Redaction.scrubMessage(f, in.sources().find(f.path()), secrets.of(f.path()));
                out.append("    <error line=\"").append(Integer.toString(r.line()))
                        .append("\" column=\"").append(Integer.toString(r.column()))
                        .append("\" severity=\"").append(f.severity().id())
                        .append("\" message=\"").append(Markup.attribute(f.rule().code() + " " + f.rule().name()
                                + ": " + message))
                        .append("\" source=\"").append(Markup.attribute("bulwark." + f.rule().code() + "."
                                + f.rule().name()))
                        .append("\"/>\n");
            }
            out.append("  </file>\n");
        }
        out.append("</checkstyle>\n");
    }
}
