package dev.bulwark.rules.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs javac with the processor over small stand-ins for the annotation and the core types (the
 * processor knows them only by name), then loads the generated index.
 */
class RuleIndexProcessorTest {
    private static final Map<String, String> API = Map.of(
            "dev/bulwark/core/Practice.java", "package dev.bulwark.core; public enum Practice { SECURITY, SYNTAX }",
            "dev/bulwark/core/Severity.java", "package dev.bulwark.core; public enum Severity { ERROR, INFO }",
            "dev/bulwark/core/FixApplicability.java",
            "package dev.bulwark.core; public enum FixApplicability { NONE, SAFE, UNSAFE }",
            "dev/bulwark/core/RuleMeta.java", """
                    package dev.bulwark.core;
                    public record RuleMeta(String code, String name, Practice practice, Severity severity,
                            boolean enabledByDefault, String summary, String fixHint, java.util.List<String> aliases,
                            FixApplicability autofix) {}
                    """,
            "dev/bulwark/rules/RuleInfo.java", """
                    package dev.bulwark.rules;
                    import dev.bulwark.core.*;
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface RuleInfo {
                        String code(); String name(); Practice practice(); Severity severity();
                        boolean enabledByDefault() default true; String summary(); String fix();
                        String[] aliases() default {};
                        FixApplicability autofix() default FixApplicability.NONE;
                    }
                    """);

    @TempDir
    Path dir;

    @Test
    void theIndexHoldsEveryAnnotatedClassWithDefaultsAndEscapedText() throws Exception {
        Compilation result = compile(Map.of(
                "a/First.java", """
                        package a;
                        import dev.bulwark.core.*; import dev.bulwark.rules.RuleInfo;
                        @RuleInfo(code = "DF001", name = "first", practice = Practice.SECURITY, severity = Severity.ERROR,
                                summary = "Says \\"hi\\"\\n", fix = "`fix` it", aliases = {"DL1", "CKV_2"},
                                autofix = FixApplicability.SAFE)
                        public final class First {}
                        """,
                "a/Outer.java", """
                        package a;
                        import dev.bulwark.core.*; import dev.bulwark.rules.RuleInfo;
                        public final class Outer {
                            @RuleInfo(code = "BW002", name = "nested", practice = Practice.SYNTAX, severity = Severity.INFO,
                                    enabledByDefault = false, summary = "s", fix = "f")
                            public static final class Nested {}
                        }
                        """));
        assertThat(result.succeeded()).as(result.log()).isTrue();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()})) {
            var of = loader.loadClass("dev.bulwark.rules.RuleIndex").getDeclaredMethod("of", Class.class);
            of.setAccessible(true);
            assertThat(of.invoke(null, loader.loadClass("a.First")).toString()).isEqualTo(
                    "Optional[RuleMeta[code=DF001, name=first, practice=SECURITY, severity=ERROR, enabledByDefault=true,"
                            + " summary=Says \"hi\"\n, fixHint=`fix` it, aliases=[DL1, CKV_2], autofix=SAFE]]");
            assertThat(of.invoke(null, loader.loadClass("a.Outer$Nested")).toString()).isEqualTo(
                    "Optional[RuleMeta[code=BW002, name=nested, practice=SYNTAX, severity=INFO, enabledByDefault=false,"
                            + " summary=s, fixHint=f, aliases=[], autofix=NONE]]");
            assertThat(of.invoke(null, loader.loadClass("a.Outer"))).isEqualTo(Optional.empty());
            var all = loader.loadClass("dev.bulwark.rules.RuleIndex").getDeclaredMethod("all");
            all.setAccessible(true);
            assertThat(all.invoke(null).toString()).as("every rule, in code order").isEqualTo(
                    "[RuleMeta[code=BW002, name=nested, practice=SYNTAX, severity=INFO, enabledByDefault=false,"
                            + " summary=s, fixHint=f, aliases=[], autofix=NONE], RuleMeta[code=DF001, name=first, practice=SECURITY,"
                            + " severity=ERROR, enabledByDefault=true, summary=Says \"hi\"\n, fixHint=`fix` it,"
                            + " aliases=[DL1, CKV_2], autofix=SAFE]]");
        }
    }

    @Test
    void aSecondRuleWithTheSameCodeOrNameIsACompileErrorNamingTheFirst() throws Exception {
        String rule = """
                package a;
                import dev.bulwark.core.*; import dev.bulwark.rules.RuleInfo;
                @RuleInfo(code = "%s", name = "%s", practice = Practice.SECURITY, severity = Severity.ERROR,
                        summary = "s", fix = "f")
                public final class %s {}
                """;
        Compilation result = compile(Map.of(
                "a/A.java", rule.formatted("DF001", "one", "A"),
                "a/B.java", rule.formatted("DF001", "two", "B"),
                "a/C.java", rule.formatted("DF003", "one", "C")));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.log())
                .contains("@RuleInfo code DF001 is already used by a.A")
                .contains("@RuleInfo name one is already used by a.A");
        assertThat(result.classes().resolve("dev/bulwark/rules/RuleIndex.class")).doesNotExist();
    }

    private record Compilation(boolean succeeded, String log, Path classes) {
    }

    private Compilation compile(Map<String, String> rules) throws IOException {
        List<String> args = new ArrayList<>(List.of("-processor",
                RuleIndexProcessor.class.getName(), "-processorpath", System.getProperty("java.class.path"),
                "-d", dir.resolve("classes").toString(), "-s", dir.resolve("generated").toString()));
        Files.createDirectories(dir.resolve("classes"));
        Files.createDirectories(dir.resolve("generated"));
        for (Map<String, String> sources : List.of(API, rules)) {
            for (var source : sources.entrySet()) {
                Path file = dir.resolve("src").resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                args.add(file.toString());
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = javac.run(null, log, log, args.toArray(String[]::new));
        return new Compilation(status == 0, log.toString(StandardCharsets.UTF_8), dir.resolve("classes"));
    }
}
