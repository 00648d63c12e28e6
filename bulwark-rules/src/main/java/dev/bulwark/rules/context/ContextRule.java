package dev.bulwark.rules.context;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.SpanSink;

/**
 * A rule on one build of a Dockerfile: the Dockerfile, the context it is built from (declared or
 * inferred), the ignore file that applies and what the context sends, from a bounded walk. The
 * engine calls it once per build; findings land in the Dockerfile (a COPY source), the ignore file
 * or the Compose {@code build:} that declares the build. It does no I/O except through
 * {@link ContextCheck#tree()}, reading the few files whose content it judges.
 */
public interface ContextRule extends Rule {

    void check(ContextCheck ctx, SpanSink sink);
}
