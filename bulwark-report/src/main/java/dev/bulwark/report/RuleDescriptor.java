package dev.bulwark.report;

import dev.bulwark.core.RuleMeta;
import java.util.Objects;

/**
 * A rule as the reports describe it: its metadata, the Markdown text of its documentation (may be
 * empty; reporters then fall back to the summary and fix hint) and its precision.
 */
public record RuleDescriptor(RuleMeta meta, String helpMarkdown, Precision precision) {

    public RuleDescriptor {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(helpMarkdown, "helpMarkdown");
        Objects.requireNonNull(precision, "precision");
    }

    /** A descriptor with {@link Precision#HIGH}, the precision claimed for hand-written rules. */
    public RuleDescriptor(RuleMeta meta, String helpMarkdown) {
        this(meta, helpMarkdown, Precision.HIGH);
    }

    /** A descriptor without documentation, for rules that only appear through their findings. */
    public static RuleDescriptor of(RuleMeta meta) {
        return new RuleDescriptor(meta, "");
    }

    public String code() {
        return meta.code();
    }
}
