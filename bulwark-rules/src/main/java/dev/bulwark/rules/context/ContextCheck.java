package dev.bulwark.rules.context;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.project.BuildUse;
import dev.bulwark.project.ContextFacts;
import dev.bulwark.project.ContextTree;
import dev.bulwark.rules.RuleOptions;
import java.util.Objects;

/** What a {@link ContextRule} checks: one build of one Dockerfile, and the rule's options. */
public record ContextCheck(DockerfileModel model, BuildUse build, ContextFacts facts, ContextTree tree,
                           RuleOptions options) {

    public ContextCheck {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(options, "options");
    }

    public SourceText dockerfile() {
        return model.file().source();
    }

    /**
     * Where a finding about the build as a whole lands: the Compose {@code build:} that declares it,
     * else the first pattern line of its ignore file, else the Dockerfile's first instruction.
     */
    public Span buildSpan() {
        if (build.declaredAt().isPresent()) {
            return build.declaredAt().get();
        }
        if (build.ignore().isPresent()) {
            return firstPattern(build.ignore().get().source());
        }
        if (!model.file().instructions().isEmpty()) {
            return new Span(dockerfile(), model.file().instructions().get(0).range());
        }
        return new Span(dockerfile(), TextRange.empty(0));
    }

    /** The first line of an ignore file that is not blank or a comment (the first line when none is). */
    public static Span firstPattern(SourceText ignore) {
        String text = ignore.text();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (!line.isBlank() && !line.startsWith("#")) {
                return new Span(ignore, new TextRange(start, line.endsWith("\r") ? end - 1 : end));
            }
            start = end + 1;
        }
        int nl = text.indexOf('\n');
        return new Span(ignore, new TextRange(0, nl < 0 ? text.length() : nl));
    }

    /**
     * How the context is known, for messages on a COPY: " (context inferred: `..`)" or
     * " (context `.` of service `api` in compose.yaml)".
     */
    public String contextNote() {
        return build.inferred() ? " (context inferred: `" + contextName() + "`)"
                : " (context `" + contextName() + "` of " + build.origin() + ")";
    }

    /** The context folder as shown: relative to the Dockerfile's folder when below or above it. */
    public String contextName() {
        java.nio.file.Path dir = build.dockerfile().getParent();
        if (dir == null) {
            return build.context().toString();
        }
        String rel = dir.relativize(build.context()).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }
}
