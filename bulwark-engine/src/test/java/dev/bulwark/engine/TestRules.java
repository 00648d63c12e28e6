package dev.bulwark.engine;

import dev.bulwark.rules.workflow.WorkflowSyntaxError;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.dockerfile.DockerfileContext;
import dev.bulwark.rules.dockerfile.DockerfileRule;
import dev.bulwark.rules.dockerfile.DockerfileSyntaxError;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.compose.ComposeContext;
import dev.bulwark.rules.compose.ComposeRule;
import dev.bulwark.rules.compose.ComposeSyntaxError;
import dev.bulwark.rules.compose.ReferencedFileMissing;
import dev.bulwark.rules.compose.ServiceFindings;
import dev.bulwark.rules.compose.UnsetVariable;
import dev.bulwark.rules.engine.ImageDiffersFromPin;
import dev.bulwark.rules.engine.RuleCrashed;
import dev.bulwark.rules.kubernetes.ManifestSyntaxError;
import dev.bulwark.rules.engine.UnknownRuleInSuppression;
import dev.bulwark.rules.engine.UnreadableFile;
import dev.bulwark.rules.engine.UnusedSuppression;
import java.util.List;
import java.util.Optional;

/** Small rules for engine tests, independent of the built-in rule set. */
public final class TestRules {
    private TestRules() {
    }

    /** The engine's diagnostics plus the test rules below. */
    public static List<Rule> all() {
        return List.of(new DockerfileSyntaxError(), new Latest(), new OffByDefault(), new Crashy(), new Kube(),
                new UnreadableFile(), new RuleCrashed(), new UnusedSuppression(), new UnknownRuleInSuppression(), new ImageDiffersFromPin(),
                new ComposeSyntaxError(), new UnsetVariable(), new ReferencedFileMissing(), new ManifestSyntaxError(), new WorkflowSyntaxError(),
                new Privileged());
    }

    @RuleInfo(code = "DF900", name = "test-latest", practice = Practice.BASE_IMAGE_PINNING, severity = Severity.WARNING,
            summary = "test", fix = "test", aliases = {"DL3007"})
    public static final class Latest implements DockerfileRule {
        /** Every {@code :latest} in the text. */
        @Override
        public void check(DockerfileContext ctx, FindingSink sink) {
            String text = ctx.source().text();
            for (int i = text.indexOf(":latest"); i >= 0; i = text.indexOf(":latest", i + 1)) {
                sink.report(new TextRange(i, i + 7), "`:latest` tag");
            }
        }
    }

    @RuleInfo(code = "DF901", name = "test-off", practice = Practice.SECURITY, severity = Severity.INFO,
            enabledByDefault = false, summary = "test", fix = "test")
    public static final class OffByDefault implements DockerfileRule {
        /** Every RUN keyword, with the {@code max} option in the message. */
        @Override
        public void check(DockerfileContext ctx, FindingSink sink) {
            for (Instruction i : ctx.dockerfile().instructions()) {
                if (i.keyword().equals("RUN")) {
                    sink.report(i.keywordRange(), "RUN with max " + ctx.options().integer("max"));
                }
            }
        }

        @Override
        public List<RuleOption> options() {
            return List.of(RuleOption.bool("strict", false, "b"), RuleOption.integer("max", 3, "i"),
                    RuleOption.string("mode", "fast", "s"), RuleOption.stringList("trusted-registries", List.of(), "l"));
        }
    }

    @RuleInfo(code = "DF902", name = "test-crash", practice = Practice.CORRECTNESS, severity = Severity.ERROR,
            summary = "test", fix = "test")
    public static final class Crashy implements DockerfileRule {
        /** Reports, then throws, when the file mentions CRASH; its partial finding must be dropped. */
        @Override
        public void check(DockerfileContext ctx, FindingSink sink) {
            int at = ctx.source().text().indexOf("CRASH");
            if (at >= 0) {
                sink.report(new TextRange(at, at + 5), "partial");
                throw new IllegalStateException("boom at " + at);
            }
        }
    }

    @RuleInfo(code = "KU900", name = "test-kube", practice = Practice.ORCHESTRATION, severity = Severity.ERROR,
            summary = "test", fix = "test")
    public static final class Kube implements Rule {
    }

    @RuleInfo(code = "DC900", name = "test-privileged", practice = Practice.SECURITY, severity = Severity.ERROR,
            summary = "test", fix = "test")
    public static final class Privileged implements ComposeRule {
        /** Every service with {@code privileged: true}, at the value, naming the service when inherited. */
        @Override
        public void check(ComposeContext ctx, SpanSink sink) {
            for (Service service : ctx.project().services()) {
                Optional<ComposeScalar> privileged = service.privileged();
                if (privileged.isPresent() && privileged.get().isTrue()) {
                    ServiceFindings.report(sink, service, privileged.get().span(),
                            "`" + service.name() + "` is privileged");
                }
            }
        }
    }
}
