package dev.bulwark.engine.imports;

import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.ImageReference;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.project.ImageKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scanner results in the same gate as the configuration ({@code check --import}): each
 * vulnerability of a Trivy or Grype JSON report becomes a finding of the scanner's rule
 * ({@code IM001}, {@code IM002}, practice dependency-scanning) with the scanner's severity mapped,
 * where the project builds or names the scanned image: the Dockerfile the project graph links to
 * the image name, else the first Compose service or Kubernetes container naming it, else the
 * vulnerability's entry in the report. A rule the selection turns off imports nothing.
 */
public final class ScanImport {
    private static final int MAX_TITLE = 120;

    private final RuleCatalog catalog;
    private final FileSettings settings;
    private final List<ImageReference> images;

    /** The findings and the texts they point into (the reports, for findings left there). */
    public record Imported(List<Finding> findings, List<SourceText> sources) {
    }

    /** A report that could not be read, with the reason. */
    public static final class InvalidReport extends Exception {
        InvalidReport(String message) {
            super(message);
        }
    }

    /** @param settings the run's settings without a path: whether the IM rules are selected */
    public ScanImport(RuleCatalog catalog, FileSettings settings, List<ImageReference> images) {
        this.catalog = catalog;
        this.settings = settings;
        this.images = images;
    }

    public Imported of(List<SourceText> reports) throws InvalidReport {
        List<Finding> findings = new ArrayList<>();
        List<SourceText> sources = new ArrayList<>();
        for (SourceText text : reports) {
            ScanReport report;
            try {
                report = ScanReader.read(text);
            } catch (ScanReader.UnknownReport e) {
                throw new InvalidReport(text.path() + ": " + e.getMessage());
            }
            sources.add(text);
            Optional<RuleMeta> rule = catalog.meta(report.scanner().rule());
            if (rule.isEmpty() || !settings.enabled(rule.get())) {
                continue;
            }
            Optional<ImageReference> place = placeOf(report.image());
            Set<String> seen = new HashSet<>();
            for (ScanReport.Vulnerability v : report.vulnerabilities()) {
                if (!seen.add(v.id() + "\n" + v.pkg() + "\n" + v.installed())) {
                    continue;
                }
                SourceText in = place.isPresent() ? place.get().source() : text;
                TextRange range = place.isPresent() ? place.get().range()
                        : new TextRange(v.offset(), Math.min(text.length(), v.offset() + 1));
                findings.add(new Finding(rule.get(), ScanReport.severity(v.severityWord()), in.location(range), range,
                        message(report, v), List.of()));
            }
        }
        return new Imported(findings, sources);
    }

    /** The Dockerfile that builds the image, else the first place that names it. */
    private Optional<ImageReference> placeOf(String image) {
        Optional<ImageKey> key = image.isBlank() ? Optional.empty() : ImageKey.of(image);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ImageReference named = null;
        for (ImageReference ref : images) {
            Optional<ImageKey> other = ImageKey.of(ref.image());
            if (other.isEmpty() || !other.get().mayBe(key.get())) {
                continue;
            }
            if (ref.builds()) {
                return Optional.of(ref);
            }
            if (named == null) {
                named = ref;
            }
        }
        return Optional.ofNullable(named);
    }

    /** "CVE-2024-6387 (CRITICAL) in openssh-server 1:9.2p1-2, fixed in 1:9.2p1-2+deb12u3 (image x): title". */
    static String message(ScanReport report, ScanReport.Vulnerability v) {
        StringBuilder sb = new StringBuilder();
        sb.append(v.id().isEmpty() ? "a vulnerability" : v.id());
        if (!v.severityWord().isEmpty()) {
            sb.append(" (").append(v.severityWord()).append(')');
        }
        sb.append(" in ").append(v.pkg().isEmpty() ? "a package" : v.pkg());
        if (!v.installed().isEmpty()) {
            sb.append(' ').append(v.installed());
        }
        sb.append(v.fixedIn().isEmpty() ? ", no fixed version yet" : ", fixed in " + v.fixedIn());
        if (!report.image().isEmpty()) {
            sb.append(" (image ").append(report.image()).append(')');
        }
        String title = v.title().strip();
        if (!title.isEmpty()) {
            sb.append(": ").append(title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "\u2026" : title);
        }
        return sb.toString();
    }
}
