package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.RuleMeta;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltinRulesTest {

    /** Every class with {@code @RuleInfo} in the compiled rules packages. */
    static List<Class<?>> annotatedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(BuiltinRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(root).as("rules must be compiled to a directory for the scan").isDirectory();
        List<String> names;
        try (Stream<Path> files = Files.walk(root.resolve("dev/bulwark/rules"))) {
            names = files.map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .collect(Collectors.toList());
        }
        List<Class<?>> result = new java.util.ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name);
            if (type.isAnnotationPresent(RuleInfo.class)) {
                result.add(type);
            }
        }
        return result;
    }

    @Test
    void everyAnnotatedRuleClassIsRegistered() throws Exception {
        List<Class<?>> annotated = annotatedClasses();
        Set<Class<?>> registered = BuiltinRules.all().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(annotated).as("classes with @RuleInfo").isNotEmpty();
        assertThat(registered).as("BuiltinRules.all() must list every @RuleInfo class")
                .containsExactlyInAnyOrderElementsOf(annotated);
    }

    @Test
    void codesAndNamesAreUniqueAndTheListIsSortedByCode() {
        List<RuleMeta> metas = BuiltinRules.all().stream().map(Rules::meta).collect(Collectors.toList());
        assertThat(metas).extracting(RuleMeta::code).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(metas).extracting(RuleMeta::name).doesNotHaveDuplicates();
        Set<String> codes = metas.stream().map(RuleMeta::code).collect(Collectors.toSet());
        Set<String> names = metas.stream().map(RuleMeta::name).collect(Collectors.toSet());
        assertThat(metas).flatExtracting(RuleMeta::aliases)
                .as("an alias must not shadow a bulwark code or name")
                .noneMatch(a -> codes.contains(a) || names.contains(a));
    }

    @Test
    void theIndexListsTheMetadataOfEveryRuleInCodeOrder() {
        assertThat(BuiltinRules.metas()).isEqualTo(BuiltinRules.all().stream().map(Rules::meta).collect(Collectors.toList()));
    }

    /** The engine creates a family's rules for a file of that kind, and picks the checks by type. */
    @Test
    void eachFamilyHoldsTheRulesWithItsPrefixAndOnlyItsOwnChecks() {
        List<Rule> families = new java.util.ArrayList<>();
        for (RuleFamily family : RuleFamily.values()) {
            for (Rule rule : BuiltinRules.of(family)) {
                String code = Rules.meta(rule).code();
                assertThat(RuleFamily.ofCode(code)).as(code).contains(family);
                Class<?> check = switch (family) {
                    case TOOL, IMAGE -> EngineDiagnostic.class;
                    case WORKFLOW -> dev.bulwark.rules.workflow.WorkflowRule.class;
                    case CONTEXT -> dev.bulwark.rules.context.ContextRule.class;
                    case COMPOSE -> dev.bulwark.rules.compose.ComposeRule.class;
                    case DOCKERFILE -> dev.bulwark.rules.dockerfile.DockerfileRule.class;
                    case KUBERNETES -> dev.bulwark.rules.kubernetes.KubernetesRule.class;
                    case PROJECT -> dev.bulwark.rules.project.ProjectRule.class;
                };
                assertThat(rule instanceof EngineDiagnostic || check.isInstance(rule))
                        .as("%s is a check of its family or a diagnostic", code).isTrue();
                families.add(rule);
            }
        }
        assertThat(families).extracting(r -> r.getClass().getName())
                .containsExactlyElementsOf(BuiltinRules.all().stream().map(r -> r.getClass().getName()).collect(Collectors.toList()));
    }

    @Test
    void rulesArePublicFinalWithPublicNoArgConstructors() {
        for (Rule rule : BuiltinRules.all()) {
            Class<?> type = rule.getClass();
            assertThat(Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers()))
                    .as("%s is public final", type.getName()).isTrue();
            assertThat(type.getConstructors()).as("%s has a public no-arg constructor", type.getName())
                    .anyMatch(c -> c.getParameterCount() == 0);
        }
    }

    @Test
    void engineDiagnosticsAreTheBwCodesPlusTheParserDiagnostic() {
        Set<String> diagnostics = BuiltinRules.all().stream().filter(r -> r instanceof EngineDiagnostic)
                .map(r -> Rules.meta(r).code()).collect(Collectors.toSet());
        assertThat(diagnostics).contains("BW001", "BW002", "BW003", "BW004");
        assertThat(BuiltinRules.all()).filteredOn(r -> Rules.meta(r).prefix().equals("BW"))
                .allMatch(r -> r instanceof EngineDiagnostic);
    }

    @Test
    void findAcceptsCodeNameAndAliasInAnyCase() {
        Function<String, String> codeOf = key -> BuiltinRules.find(key).map(r -> Rules.meta(r).code()).orElse("none");
        assertThat(codeOf.apply("BW003")).isEqualTo("BW003");
        assertThat(codeOf.apply("bw003")).isEqualTo("BW003");
        assertThat(codeOf.apply("unused-suppression")).isEqualTo("BW003");
        assertThat(codeOf.apply("no-such-rule")).isEqualTo("none");
        for (Rule rule : BuiltinRules.all()) {
            RuleMeta meta = Rules.meta(rule);
            for (String alias : meta.aliases()) {
                assertThat(BuiltinRules.find(alias)).as(alias).isPresent();
            }
        }
    }
}
