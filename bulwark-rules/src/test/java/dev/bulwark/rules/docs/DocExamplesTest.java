package dev.bulwark.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.ContextRules;
import dev.bulwark.rules.ProjectRules;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.Reported;
import dev.bulwark.rules.YamlReported;
import dev.bulwark.rules.YamlRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.Rules;
import dev.bulwark.rules.RunnableRules;
import dev.bulwark.rules.dockerfile.BuildContext;
import dev.bulwark.rules.dockerfile.DockerfileSyntaxError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The examples in the rule docs run: every {@code bad} block fires its rule, no {@code good} block does. */
class DocExamplesTest {

    @TestFactory
    List<DynamicTest> docExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RunnableRules.runnable()) {
            String code = Rules.meta(rule).code();
            for (DocExample example : RuleDocs.of(rule).examples()) {
                String name = code + " " + example.verdict().name().toLowerCase() + " example at "
                        + RuleDocs.resourceName(rule.getClass()) + ":" + example.line();
                tests.add(DynamicTest.dynamicTest(name, () -> check(rule, example)));
            }
        }
        for (Rule rule : BuiltinRules.all()) {
            ExampleCheck check = ContextRules.canRun(rule) ? DocExamplesTest::checkContext
                    : ProjectRules.canRun(rule) ? DocExamplesTest::checkProject
                    : YamlRules.canRun(rule) ? DocExamplesTest::checkYaml : null;
            if (check == null) {
                continue;
            }
            String code = Rules.meta(rule).code();
            for (DocExample example : RuleDocs.of(rule).examples()) {
                String name = code + " " + example.verdict().name().toLowerCase() + " example at "
                        + RuleDocs.resourceName(rule.getClass()) + ":" + example.line();
                tests.add(DynamicTest.dynamicTest(name, () -> check.run(rule, example)));
            }
        }
        return tests;
    }

    /** How the examples of one kind of rule are run. */
    private interface ExampleCheck {
        void run(Rule rule, DocExample example) throws Exception;
    }

    private static void checkContext(Rule rule, DocExample example) {
        assertThat(example.language()).as("examples of context rules are Dockerfiles").isEqualTo("dockerfile");
        assertThat(RunnableRules.Parsed.of("Dockerfile", example.code()).file().problems())
                .as("a doc example must be a valid Dockerfile").isEmpty();
        List<YamlReported> findings = ContextRules.run(rule, example.code(), example.dockerignore(),
                example.context().orElse(""));
        if (example.verdict() == DocExample.Verdict.BAD) {
            assertThat(findings).as("bad example must fire %s:%n%s", Rules.meta(rule).code(), example.code()).isNotEmpty();
        } else {
            assertThat(findings).extracting(YamlReported::message)
                    .as("good example must not fire %s:%n%s", Rules.meta(rule).code(), example.code()).isEmpty();
        }
    }

    private static void checkProject(Rule rule, DocExample example) throws Exception {
        assertThat(example.language()).as("examples of project rules are Compose files").isEqualTo("yaml");
        assertThat(example.image()).as("a project rule example is followed by the Dockerfile it builds").isPresent();
        List<YamlReported> findings = ProjectRules.run(rule, example.code(), example.image().get());
        if (example.verdict() == DocExample.Verdict.BAD) {
            assertThat(findings).as("bad example must fire %s:%n%s", Rules.meta(rule).code(), example.code()).isNotEmpty();
        } else {
            assertThat(findings).extracting(YamlReported::message)
                    .as("good example must not fire %s:%n%s", Rules.meta(rule).code(), example.code()).isEmpty();
        }
    }

    private static void checkYaml(Rule rule, DocExample example) {
        assertThat(example.language()).as("examples of Compose and Kubernetes rules are YAML").isEqualTo("yaml");
        boolean syntaxRule = rule instanceof EngineDiagnostic;
        if (!syntaxRule || example.verdict() == DocExample.Verdict.GOOD) {
            Rule syntax = YamlRules.syntaxRuleFor(rule);
            assertThat(YamlRules.run(syntax, example.code())).extracting(YamlReported::message)
                    .as("a doc example must be valid").isEmpty();
        }
        List<YamlReported> findings = YamlRules.run(rule, example.code());
        if (example.verdict() == DocExample.Verdict.BAD) {
            assertThat(findings).as("bad example must fire %s:%n%s", Rules.meta(rule).code(), example.code()).isNotEmpty();
        } else {
            assertThat(findings).extracting(YamlReported::message)
                    .as("good example must not fire %s:%n%s", Rules.meta(rule).code(), example.code()).isEmpty();
        }
    }

    private static void check(Rule rule, DocExample example) {
        assertThat(example.language()).as("examples of Dockerfile rules are Dockerfiles").isEqualTo("dockerfile");
        RunnableRules.Parsed parsed = RunnableRules.Parsed.of("example.Dockerfile", example.code());
        boolean syntaxRule = rule instanceof DockerfileSyntaxError;
        if (!syntaxRule || example.verdict() == DocExample.Verdict.GOOD) {
            assertThat(parsed.file().problems()).extracting(SyntaxProblem::message)
                    .as("a doc example must be a valid Dockerfile").isEmpty();
        }
        BuildContext context = example.dockerignore()
                .map(text -> BuildContext.of(DockerignoreFile.parse(".dockerignore", text)))
                .orElse(BuildContext.withoutDockerignore());
        List<Reported> findings = RunnableRules.run(rule, parsed, context);
        if (example.verdict() == DocExample.Verdict.BAD) {
            assertThat(findings).as("bad example must fire %s:%n%s", Rules.meta(rule).code(), example.code()).isNotEmpty();
        } else {
            assertThat(findings).extracting(Reported::message)
                    .as("good example must not fire %s:%n%s", Rules.meta(rule).code(), example.code()).isEmpty();
        }
    }
}
