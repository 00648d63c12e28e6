package dev.bulwark.engine;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an audit found. {@code findings} are sorted by path, start offset, rule code (then end
 * offset and message), identical whatever the thread count. {@code sources} holds the text of
 * every audited input by path, for snippets; an unreadable input maps to an empty text, so every
 * finding's path is a key. {@code internalError} is true when a rule or parser crashed.
 * {@code skipped} are the files found and deliberately not audited (templates, unrelated YAML), by path.
 * {@code buildContexts} counts the builds the project step found, by how they are known
 * ({@code compose}, {@code inferred}, ...: {@code ContextSource} ids). {@code fileKinds} maps each
 * audited file to what it was read as ({@code dockerfile}, {@code compose}, {@code kubernetes},
 * {@code workflow}), sorted by path; {@code images} are the places that build or name an image.
 */
public record AuditResult(
        List<Finding> findings,
        Map<String, SourceText> sources,
        int filesChecked,
        int filesUnreadable,
        boolean internalError,
        FailThreshold failOn,
        List<SkippedFile> skipped,
        Map<String, Integer> buildContexts,
        Map<String, String> fileKinds,
        List<ImageReference> images) {

    public AuditResult {
        findings = List.copyOf(findings);
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
        skipped = List.copyOf(skipped);
        buildContexts = Collections.unmodifiableMap(new TreeMap<>(buildContexts));
        fileKinds = Collections.unmodifiableMap(new TreeMap<>(fileKinds));
        images = List.copyOf(images);
    }

    public AuditResult(List<Finding> findings, Map<String, SourceText> sources, int filesChecked, int filesUnreadable,
                       boolean internalError, FailThreshold failOn, List<SkippedFile> skipped,
                       Map<String, Integer> buildContexts) {
        this(findings, sources, filesChecked, filesUnreadable, internalError, failOn, skipped, buildContexts, Map.of(),
                List.of());
    }

    public AuditResult(List<Finding> findings, Map<String, SourceText> sources, int filesChecked, int filesUnreadable,
                       boolean internalError, FailThreshold failOn, List<SkippedFile> skipped) {
        this(findings, sources, filesChecked, filesUnreadable, internalError, failOn, skipped, Map.of());
    }

    /**
     * The same run with other findings and texts: imported scanner results added, baselined
     * findings taken out. The findings must be in report order.
     */
    public AuditResult withFindings(List<Finding> newFindings, Map<String, SourceText> newSources) {
        return new AuditResult(newFindings, newSources, filesChecked, filesUnreadable, internalError, failOn, skipped,
                buildContexts, fileKinds, images);
    }

    public Optional<SourceText> source(String path) {
        return Optional.ofNullable(sources.get(path));
    }

    /** True when some finding fails the run at the {@code fail-on} threshold; never for {@code none}. */
    public boolean failed() {
        for (Finding f : findings) {
            if (failOn.failsOn(f.severity())) {
                return true;
            }
        }
        return false;
    }

    public int filesTotal() {
        return filesChecked + filesUnreadable;
    }
}
