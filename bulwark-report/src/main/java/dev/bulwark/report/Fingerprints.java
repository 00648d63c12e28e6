package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Identities of findings that survive lines inserted or removed above them, computed once per
 * file. {@link #forLine} is GitHub's {@code primaryLocationLineHash} ({@link LineHashes#of}: the
 * line and the hundred non-blank characters after its start), which SARIF carries; {@link #of}
 * hashes the same way the finding's own line only ({@link LineHashes#ofOwnLines}), so that a
 * baseline or a GitLab issue keeps its identity when a line below the finding is edited.
 */
public final class Fingerprints {
    private final SourceLookup sources;
    private final Map<String, Optional<LineHashes>> byPath = new HashMap<>();
    private final Map<String, Optional<LineHashes>> ownByPath = new HashMap<>();

    public Fingerprints(SourceLookup sources) {
        this.sources = sources;
    }

    /** The line hash of a 1-based line of a file; empty when its text is unknown or too short. */
    public Optional<String> forLine(String path, int line) {
        Optional<LineHashes> hashes = byPath.get(path);
        if (hashes == null) {
            Optional<SourceText> source = sources.find(path);
            hashes = source.isPresent() ? Optional.of(LineHashes.of(source.get().text())) : Optional.empty();
            byPath.put(path, hashes);
        }
        return hashes.isPresent() ? hashes.get().forLine(line) : Optional.empty();
    }

    /**
     * The hash of a finding's first line, or {@code line:N} for a file whose text is unknown (an
     * unreadable file: there is no text to move).
     */
    public String of(Finding finding) {
        int line = Region.of(finding.location()).line();
        Optional<LineHashes> hashes = ownByPath.get(finding.path());
        if (hashes == null) {
            Optional<SourceText> source = sources.find(finding.path());
            hashes = source.isPresent() ? Optional.of(LineHashes.ofOwnLines(source.get().text())) : Optional.empty();
            ownByPath.put(finding.path(), hashes);
        }
        Optional<String> hash = hashes.isPresent() ? hashes.get().forLine(line) : Optional.empty();
        return hash.isPresent() ? hash.get() : "line:" + line;
    }
}
