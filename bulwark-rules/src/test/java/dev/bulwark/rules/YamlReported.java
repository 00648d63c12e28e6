package dev.bulwark.rules;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.util.List;

/** A finding as a rule on a multi-file target reported it in a test. */
public record YamlReported(String code, Span span, String message, List<TextRange> secrets,
                           List<RelatedLocation> related) {

    public YamlReported {
        secrets = List.copyOf(secrets);
        related = List.copyOf(related);
    }

    public String path() {
        return span.path();
    }

    /** The 1-based line the finding starts on. */
    public int line() {
        return span.source().lines().line(span.range().start());
    }
}
