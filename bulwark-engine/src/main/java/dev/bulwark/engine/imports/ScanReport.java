package dev.bulwark.engine.imports;

import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one scanner report says: which scanner wrote it, the image it scanned (as the scanner
 * names it; empty when it scanned something else) and its vulnerabilities.
 */
record ScanReport(Scanner scanner, SourceText source, String image, List<Vulnerability> vulnerabilities) {

    enum Scanner {
        TRIVY("IM001", "Trivy"),
        GRYPE("IM002", "Grype");

        private final String rule;
        private final String title;

        Scanner(String rule, String title) {
            this.rule = rule;
            this.title = title;
        }

        String rule() {
            return rule;
        }

        String title() {
            return title;
        }
    }

    /**
     * One vulnerable package: its id (CVE, GHSA...), the package and installed version, the
     * versions with the fix (empty when none), the scanner's severity word, a title (may be
     * empty) and where its entry starts in the report.
     */
    record Vulnerability(String id, String pkg, String installed, String fixedIn, String severityWord, String title,
                         int offset) {
    }

    ScanReport {
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(source, "source");
        vulnerabilities = List.copyOf(vulnerabilities);
    }

    /**
     * The scanners' severities as bulwark's (README, "Scanner results"): critical and high are
     * errors, medium a warning, low, negligible, unknown and anything else info.
     */
    static Severity severity(String word) {
        String w = word.strip().toUpperCase(Locale.ROOT);
        return switch (w) {
            case "CRITICAL", "HIGH" -> Severity.ERROR;
            case "MEDIUM" -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
