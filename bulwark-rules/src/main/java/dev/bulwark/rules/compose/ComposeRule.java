package dev.bulwark.rules.compose;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.SpanSink;

/**
 * A rule on a Compose project: the main file with its override files (or a variant with its
 * base), after interpolation, {@code extends}, {@code include} and merging. The engine calls it
 * once per project, with the options of the project's main file. Values keep the file and range
 * they come from, so a finding lands where the value really is; a value reached through an anchor
 * or {@code extends} is reported with {@link SpanSink#report(dev.bulwark.core.Span, String,
 * dev.bulwark.core.Span, String)} so the service shows too. A rule never judges a value whose
 * variables are unresolved ({@code isUnresolved()}), does no I/O and keeps no state.
 */
public interface ComposeRule extends Rule {

    void check(ComposeContext ctx, SpanSink sink);
}
