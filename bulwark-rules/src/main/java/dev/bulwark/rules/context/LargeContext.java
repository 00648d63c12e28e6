package dev.bulwark.rules.context;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.project.ContextFacts;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;

/**
 * The build context sends more than {@code max-size-mb} after its ignore file is applied; the
 * largest top-level entries are listed. Every build uploads it to the builder before the first
 * instruction runs. Reported on the Compose {@code build:}, else the ignore file, else the
 * Dockerfile's first instruction.
 */
@RuleInfo(code = "DI005", name = "large-build-context", practice = Practice.DOCKERIGNORE,
        severity = Severity.INFO,
        summary = "The build context sends more than the configured size.",
        fix = "Exclude data, models, outputs and caches in `.dockerignore`, or build from a smaller folder.")
public final class LargeContext implements ContextRule {

    @Override
    public List<RuleOption> options() {
        return List.of(RuleOption.integer("max-size-mb", 500, "Contexts sending more than this (MB) are reported."));
    }

    @Override
    public void check(ContextCheck ctx, SpanSink sink) {
        ContextFacts facts = ctx.facts();
        long max = ctx.options().integer("max-size-mb") * 1_000_000L;
        if (facts.bytes() <= max) {
            return;
        }
        List<String> largest = new ArrayList<>();
        for (ContextFacts.Sized s : facts.largest()) {
            largest.add("`" + s.path() + (s.folder() ? "/" : "") + "` " + ContextCopies.size(s.bytes(), true));
        }
        String unknown = facts.unknownSizes() > 0 ? " (" + facts.unknownSizes() + " files of unknown size not counted)" : "";
        dev.bulwark.core.Span at = ctx.buildSpan();
        String note = at.source() == ctx.dockerfile() ? ctx.contextNote() : "";
        sink.report(at, "build context sends " + ContextCopies.size(facts.bytes(), true) + " in "
                + facts.files() + " files" + unknown + "; largest: " + Lists.first(largest, 3) + note);
    }
}
