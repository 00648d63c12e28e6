package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The human report: findings grouped by file in input order, each with its location, severity,
 * rule ({@code [fix]} when {@code bulwark fix} repairs the finding), message, the source line
 * underlined and the fix hint; a summary line at the end, and how many findings are fixable. Secrets
 * in the source line are masked; colour only when the caller asks for it.
 */
public final class TextReporter implements Reporter {
    private final boolean color;

    public TextReporter(boolean color) {
        this.color = color;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(ReportInput in, Appendable out) throws IOException {
        Palette p = new Palette(color);
        for (Map.Entry<String, List<Finding>> file : byFile(in.findings()).entrySet()) {
            writeFile(in, file.getKey(), file.getValue(), p, out);
        }
        out.append(summaryLine(in.summary(), p)).append('\n');
        Optional<String> fixable = fixableLine(in.findings());
        if (fixable.isPresent()) {
            out.append(p.help(fixable.get())).append('\n');
        }
        if (in.baseline().isPresent()) {
            out.append(baselineLine(in.baseline().get())).append('\n');
        }
        if (!in.skipped().isEmpty()) {
            out.append(skippedLine(in.skipped())).append('\n');
        }
    }

    /** The findings grouped by path, paths and findings in report order. */
    static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            List<Finding> ofFile = byFile.get(f.path());
            if (ofFile == null) {
                ofFile = new ArrayList<>();
                byFile.put(f.path(), ofFile);
            }
            ofFile.add(f);
        }
        return byFile;
    }

    /** "3 findings accepted in .bulwark-baseline.json not shown; 1 baseline entry no longer matches anything". */
    static String baselineLine(BaselineStatus b) {
        String line = count(b.baselined(), "finding", "findings") + " accepted in " + TextSafety.safe(b.file())
                + " not shown";
        if (b.stale().isEmpty()) {
            return line;
        }
        return line + "; " + count(b.stale().size(), "baseline entry no longer matches", "baseline entries no longer match")
                + " anything (run `bulwark baseline` to drop " + (b.stale().size() == 1 ? "it" : "them") + ")";
    }

    /** "Not audited: Helm chart templates (2), YAML files that are neither Compose nor Kubernetes (7)". */
    static String skippedLine(List<SkippedInput> skipped) {
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (SkippedInput s : skipped) {
            Integer n = byReason.get(s.description());
            byReason.put(s.description(), n == null ? 1 : n + 1);
        }
        StringBuilder line = new StringBuilder("Not audited: ");
        boolean first = true;
        for (Map.Entry<String, Integer> e : byReason.entrySet()) {
            if (!first) {
                line.append(", ");
            }
            line.append(e.getKey()).append(" (").append(e.getValue()).append(')');
            first = false;
        }
        return line.toString();
    }

    private static void writeFile(ReportInput in, String path, List<Finding> findings, Palette p, Appendable out)
            throws IOException {
        out.append(p.header(TextSafety.safe(path))).append(' ')
                .append('(').append(count(findings.size(), "finding", "findings")).append(")\n");
        Optional<SourceText> source = in.sources().find(path);
        // Every secret any finding of the file knows, so no snippet or message shows it.
        List<TextRange> secrets = new FileSecrets(findings).of(path);
        int width = 1;
        for (Finding f : findings) {
            width = Math.max(width, Integer.toString(Region.of(f.location()).line()).length());
        }
        for (Finding f : findings) {
            out.append('\n');
            writeFinding(f, source, secrets, width, p, out);
        }
        out.append('\n');
    }

    private static void writeFinding(Finding f, Optional<SourceText> source, List<TextRange> secrets, int width,
                                     Palette p, Appendable out) throws IOException {
        Region region = Region.of(f.location());
        String where = TextSafety.safe(f.path()) + ":" + region.line() + ":" + region.column() + ":";
        out.append(p.bold(where)).append(' ')
                .append(p.severity(f.severity(), f.severity().id())).append(' ')
                .append(p.bold(f.rule().code() + " " + f.rule().name())).append(mark(f)).append(": ")
                .append(TextSafety.safe(Redaction.scrubMessage(f, source, secrets))).append('\n');
        String blank = " ".repeat(width + 1);
        Optional<Snippet> snippet = source.isPresent() ? Snippet.of(source.get(), f.location(), secrets)
                : Optional.empty();
        if (snippet.isPresent()) {
            Snippet s = snippet.get();
            String number = padded(s.line(), width);
            out.append(p.gutter(" " + number + " |")).append(' ').append(s.text()).append('\n');
            out.append(p.gutter(blank + " |")).append(' ').append(s.indent())
                    .append(p.severity(f.severity(), s.marks())).append('\n');
        }
        for (RelatedLocation related : f.related()) {
            Region r = Region.of(related.location());
            out.append(p.gutter(blank + " =")).append(' ').append(p.help("note:")).append(' ')
                    .append(TextSafety.safe(related.message())).append(" at ")
                    .append(TextSafety.safe(related.path())).append(':').append(Integer.toString(r.line()))
                    .append(':').append(Integer.toString(r.column())).append('\n');
        }
        String fix = f.rule().fixHint().strip();
        if (!fix.isEmpty()) {
            out.append(p.gutter(blank + " =")).append(' ').append(p.help("help:")).append(' ')
                    .append(TextSafety.safe(fix)).append('\n');
        }
    }

    /** {@code [fix]} after the rule of a finding {@code bulwark fix} repairs, {@code [fix: unsafe]} when it needs {@code --unsafe-fixes}. */
    private static String mark(Finding f) {
        FixApplicability fix = f.fix().applicability();
        return fix == FixApplicability.SAFE ? " [fix]" : fix == FixApplicability.UNSAFE ? " [fix: unsafe]" : "";
    }

    /** "3 fixable with `bulwark fix` (1 more with `bulwark fix --unsafe-fixes`)", when any is. */
    static Optional<String> fixableLine(List<Finding> findings) {
        int safe = 0;
        int unsafe = 0;
        for (Finding f : findings) {
            FixApplicability fix = f.fix().applicability();
            if (fix == FixApplicability.SAFE) {
                safe++;
            } else if (fix == FixApplicability.UNSAFE) {
                unsafe++;
            }
        }
        if (safe + unsafe == 0) {
            return Optional.empty();
        }
        String unsafeFixes = "`bulwark fix --unsafe-fixes`";
        if (safe == 0) {
            return Optional.of(unsafe + " fixable with " + unsafeFixes);
        }
        return Optional.of(safe + " fixable with `bulwark fix`" + (unsafe == 0 ? "" : " (" + unsafe + " more with "
                + unsafeFixes + ")"));
    }

    /**
     * The line number right-aligned in {@code width} columns, as {@code %<width>d} formats it; by
     * hand, since the first {@code String.format} of a run compiles Formatter's regular expression.
     */
    static String padded(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : " ".repeat(width - digits.length()) + digits;
    }

    static String summaryLine(Summary s, Palette p) {
        String files = count(s.files(), "file", "files");
        if (s.findings() == 0) {
            return p.success("No findings in " + files);
        }
        String line = count(s.findings(), "finding", "findings")
                + " (" + count(s.errors(), "error", "errors")
                + ", " + count(s.warnings(), "warning", "warnings")
                + ", " + s.infos() + " info) in " + files;
        return p.bold(line);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
