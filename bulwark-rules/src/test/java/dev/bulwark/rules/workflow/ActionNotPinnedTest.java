package dev.bulwark.rules.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.TextRange;
import dev.bulwark.rules.RuleOptions;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.Workflow;
import dev.bulwark.workflow.WorkflowKind;
import dev.bulwark.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionNotPinnedTest {
    private static final String WORKFLOW = """
            on: push
            jobs:
              a:
                steps:
                  - uses: actions/checkout@v4
                  - uses: acme/tool@v1
            """;

    private static List<String> run(Map<String, Object> options) {
        ActionNotPinned rule = new ActionNotPinned();
        Workflow w = Workflow.read(new YamlParser().parse(new SourceText(".github/workflows/ci.yml", WORKFLOW)),
                WorkflowKind.GITHUB_ACTIONS);
        List<String> found = new ArrayList<>();
        rule.check(new WorkflowContext(w, RuleOptions.resolve(rule, options)), new SpanSink() {
            @Override
            public void report(Span at, String message) {
                found.add(at.text());
            }

            @Override
            public void report(Span at, String message, Span owner, String ownerName) {
                found.add(at.text());
            }

            @Override
            public void report(Span at, String message, List<RelatedLocation> related) {
                found.add(at.text());
            }

            @Override
            public void reportSecret(Span at, String message, List<TextRange> secrets) {
                found.add(at.text());
            }
        });
        return found;
    }

    @Test
    void firstPartyTagsAreAcceptedUnlessTheOptionSaysOtherwise() {
        assertThat(run(Map.of())).containsExactly("acme/tool@v1");
        assertThat(run(Map.of("tag-pinned-owners", List.of()))).containsExactly("actions/checkout@v4", "acme/tool@v1");
        assertThat(run(Map.of("tag-pinned-owners", List.of("ACME")))).containsExactly("actions/checkout@v4");
    }
}
