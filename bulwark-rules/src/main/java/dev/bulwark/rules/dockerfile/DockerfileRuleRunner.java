package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.model.OnbuildView;
import dev.bulwark.rules.FindingSink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link DockerfileRule} the way the engine does: on the file's model, then on each of its
 * {@link OnbuildView}s, where the stage's ONBUILD triggers are the instructions of a downstream
 * build (spec 1.8). So every rule that applies to an instruction also checks it as an ONBUILD
 * trigger, as hadolint does, and no rule needs to know about ONBUILD. From a view only what lies
 * inside the stage's ONBUILD instructions is kept (the rest was checked on the file itself), once.
 */
public final class DockerfileRuleRunner {

    private DockerfileRuleRunner() {
    }

    public static void run(DockerfileRule rule, DockerfileContext ctx, FindingSink sink) {
        List<OnbuildView> views = ctx.model().onbuildViews();
        if (views.isEmpty()) {
            rule.check(ctx, sink);
            return;
        }
        Set<String> reported = new HashSet<>();
        rule.check(ctx, new Recording(sink, reported));
        for (OnbuildView view : views) {
            rule.check(new DockerfileContext(view.model(), ctx.options(), ctx.buildContext()),
                    new InsideTriggers(sink, view, reported));
        }
    }

    // A plain string key: a record's generated equals and hashCode cost start-up time.
    private static String key(TextRange range, String message) {
        return range.start() + ":" + range.end() + ":" + message;
    }

    /** Passes findings on and remembers them. */
    private static final class Recording implements FindingSink {
        private final FindingSink sink;
        private final Set<String> reported;

        Recording(FindingSink sink, Set<String> reported) {
            this.sink = sink;
            this.reported = reported;
        }

        @Override
        public void report(TextRange range, String message) {
            reported.add(key(range, message));
            sink.report(range, message);
        }

        @Override
        public void reportSecret(TextRange range, String message, List<TextRange> secrets) {
            reported.add(key(range, message));
            sink.reportSecret(range, message, secrets);
        }

        @Override
        public void report(TextRange range, String message, Fix fix) {
            reported.add(key(range, message));
            sink.report(range, message, fix);
        }

        @Override
        public boolean wantsFixes() {
            return sink.wantsFixes();
        }
    }

    /** Passes on the findings of a view that are about its triggers and were not reported yet. */
    private static final class InsideTriggers implements FindingSink {
        private final FindingSink sink;
        private final OnbuildView view;
        private final Set<String> reported;

        InsideTriggers(FindingSink sink, OnbuildView view, Set<String> reported) {
            this.sink = sink;
            this.view = view;
            this.reported = reported;
        }

        @Override
        public void report(TextRange range, String message) {
            if (view.covers(range) && reported.add(key(range, message))) {
                sink.report(range, message);
            }
        }

        @Override
        public void reportSecret(TextRange range, String message, List<TextRange> secrets) {
            if (view.covers(range) && reported.add(key(range, message))) {
                sink.reportSecret(range, message, secrets);
            }
        }

        // A trigger's fix would have to be written inside the ONBUILD instruction, which no rule
        // knows about: its findings are reported without one.
        @Override
        public void report(TextRange range, String message, Fix fix) {
            report(range, message);
        }
    }
}
