package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every secret range the findings of a report know, by file. A secret one rule found must stay
 * hidden in every output about that file: another rule's finding on the same line prints the line
 * as its snippet, and its message may quote part of it.
 */
final class FileSecrets {
    private final Map<String, List<TextRange>> byPath = new HashMap<>();

    FileSecrets(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.redactions().isEmpty()) {
                continue;
            }
            List<TextRange> ranges = byPath.get(f.path());
            if (ranges == null) {
                ranges = new ArrayList<>();
                byPath.put(f.path(), ranges);
            }
            ranges.addAll(f.redactions());
        }
    }

    /** The secret ranges of the file at {@code path}; empty when none is known. */
    List<TextRange> of(String path) {
        List<TextRange> ranges = byPath.get(path);
        return ranges == null ? List.of() : ranges;
    }
}
