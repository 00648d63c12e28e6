package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps secrets out of every output. A masked value is always {@link #MASK}, whatever its length,
 * so neither the value nor its length leaks (ARCHITECTURE "Secrets ... always redacted").
 */
final class Redaction {
    static final String MASK = "****";
    // Shorter slices are too likely to occur in an innocent message by chance.
    private static final int MIN_SCRUB_LENGTH = 4;

    private Redaction() {
    }

    /**
     * The message with every redacted source slice replaced by the mask. Rules already write
     * messages without secrets; this is the second line of defence for a rule that slips.
     */
    static String scrubMessage(Finding finding, Optional<SourceText> source) {
        return scrubMessage(finding, source, finding.redactions());
    }

    /** The message with every slice of {@code secrets} (ranges in the finding's file) masked. */
    static String scrubMessage(Finding finding, Optional<SourceText> source, List<TextRange> secrets) {
        if (secrets.isEmpty() || source.isEmpty()) {
            return finding.message();
        }
        String text = source.get().text();
        List<String> values = new ArrayList<>();
        for (TextRange r : secrets) {
            int start = Math.min(r.start(), text.length());
            int end = Math.min(r.end(), text.length());
            String secret = text.substring(start, end);
            // Another finding's secret is masked only when the file uses its text nowhere else: a
            // weak password equal to a service or image name (`grafana`) must not mask the name in
            // every message, and the name is shown in the file's other lines anyway.
            boolean own = finding.redactions().contains(r);
            if (secret.strip().length() >= MIN_SCRUB_LENGTH && (own || onlyInSecrets(text, secret, secrets))) {
                values.add(secret);
            }
        }
        // Longest first, so a secret containing another one is masked whole.
        values.sort(LongestFirst.INSTANCE);
        String message = finding.message();
        for (String secret : values) {
            message = message.replace(secret, MASK);
        }
        return message;
    }

    /** True when every occurrence of {@code value} in the text lies inside one of the secret ranges. */
    private static boolean onlyInSecrets(String text, String value, List<TextRange> secrets) {
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            boolean inside = false;
            for (TextRange r : secrets) {
                if (r.start() <= at && at + value.length() <= r.end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    private static final class LongestFirst implements Comparator<String> {
        static final LongestFirst INSTANCE = new LongestFirst();

        @Override
        public int compare(String a, String b) {
            return Integer.compare(b.length(), a.length());
        }
    }

    /**
     * The redactions that touch {@code [from, to)}, clipped to it, relative to {@code from},
     * sorted and merged so that they never overlap.
     */
    static List<TextRange> within(List<TextRange> redactions, int from, int to) {
        List<TextRange> clipped = new ArrayList<>();
        for (TextRange r : redactions) {
            int start = Math.max(r.start(), from);
            int end = Math.min(r.end(), to);
            if (start < end) {
                clipped.add(new TextRange(start - from, end - from));
            }
        }
        clipped.sort(Comparator.naturalOrder());
        List<TextRange> merged = new ArrayList<>();
        for (TextRange r : clipped) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).end() >= r.start()) {
                merged.set(last, merged.get(last).cover(r));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }
}
