package dev.bulwark.report;

import java.util.List;
import java.util.Objects;

/**
 * What a baseline did to a run: the file it was read from, how many findings it took out, and
 * its entries that matched no finding any more (fixed, or their line was edited).
 */
public record BaselineStatus(String file, int baselined, List<BaselineEntry> stale) {

    public BaselineStatus {
        Objects.requireNonNull(file, "file");
        stale = List.copyOf(stale);
    }
}
