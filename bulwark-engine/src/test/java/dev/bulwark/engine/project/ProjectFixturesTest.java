package dev.bulwark.engine.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.Discovery;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixtures of the context rules ({@code DI*}), the project rules ({@code PJ*}) and of the
 * Dockerfile rules the project graph makes wiser ({@code DF*} folders) are small project folders
 * under {@code bulwark-rules/src/test/resources/fixtures/<CODE>/<target>/}: Dockerfiles, their
 * context files, maybe a {@code .dockerignore}, Compose files, Kubernetes manifests, CI workflows
 * and bake files that build or run them, and a {@code .bulwark.yaml}.
 * Each target is audited by the real engine (discovery, phases, project step, suppressions), with
 * only the folder's code and the codes it expects selected. A comment {@code # expect: DI001}
 * binds to its own line after content, else to the next line with content; findings must match
 * per file and line. Targets named {@code flagged*} must expect the folder's code, {@code clean*}
 * must not.
 */
class ProjectFixturesTest {
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([A-Za-z0-9, ]+)\\s*$");
    private static final RuleCatalog CATALOG = new RuleCatalog(BuiltinRules.all());

    static Path root() {
        return Path.of("..", "bulwark-rules", "src", "test", "resources", "fixtures").toAbsolutePath().normalize();
    }

    static Stream<Path> targets() throws Exception {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> codes = Files.list(root())) {
            for (Path code : codes.filter(ProjectFixturesTest::holdsProjectFolders).sorted().toList()) {
                try (Stream<Path> children = Files.list(code)) {
                    out.addAll(children.filter(Files::isDirectory).sorted().toList());
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void fixture(Path target) throws Exception {
        String code = target.getParent().getFileName().toString();
        Map<String, List<String>> expected = expectations(target);
        Set<String> scope = new TreeSet<>(Set.of(code));
        expected.values().forEach(scope::addAll);
        String name = target.getFileName().toString();
        List<String> all = expected.values().stream().flatMap(List::stream).toList();
        if (name.startsWith("flagged")) {
            assertThat(all).as("%s expects %s", target, code).contains(code);
        } else {
            assertThat(all).as("%s must not expect %s", target, code).doesNotContain(code);
        }
        AuditResult result = audit(target, List.copyOf(scope));
        Map<String, List<String>> actual = new TreeMap<>();
        for (Finding f : result.findings()) {
            String path = f.path().startsWith("./") ? f.path().substring(2) : f.path();
            actual.computeIfAbsent(path + ":" + f.location().line(), k -> new ArrayList<>())
                    .add(f.rule().code() + " " + f.message());
        }
        List<String> problems = new ArrayList<>();
        Set<String> places = new TreeSet<>(expected.keySet());
        places.addAll(actual.keySet());
        for (String place : places) {
            List<String> want = new ArrayList<>(expected.getOrDefault(place, List.of()));
            for (String got : actual.getOrDefault(place, List.of())) {
                if (!want.remove(got.substring(0, 5))) {
                    problems.add(place + ": unexpected " + got);
                }
            }
            for (String w : want) {
                problems.add(place + ": missing " + w);
            }
        }
        assertThat(problems).as("fixture %s", target).isEmpty();
    }

    // DF folders hold single Dockerfiles too; their folders are project fixtures.
    private static boolean holdsProjectFolders(Path code) {
        String name = code.getFileName().toString();
        return name.startsWith("DI") || name.startsWith("PJ") || name.startsWith("DF");
    }

    static AuditResult audit(Path target, List<String> select) throws Exception {
        ConfigLoader loader = new ConfigLoader(CATALOG);
        Path config = target.resolve(".bulwark.yaml");
        Settings base = Files.exists(config) ? loader.load(config) : Settings.defaults();
        Settings settings = loader.apply(base, SettingsOverride.none().withSelect(select));
        List<Input> inputs = new Discovery(target).discover(List.of("."),
                new ByteArrayInputStream(new byte[0]));
        return new Auditor(CATALOG, 1, new InputReader()).audit(inputs, settings);
    }

    private static Map<String, List<String>> expectations(Path target) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = target.relativize(file).toString().replace('\\', '/');
                String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = EXPECT.matcher(lines[i]);
                    if (!m.find()) {
                        continue;
                    }
                    boolean trailing = !lines[i].substring(0, m.start()).isBlank();
                    int line = trailing ? i + 1 : next(lines, i) + 1;
                    for (String c : m.group(1).split(",")) {
                        out.computeIfAbsent(rel + ":" + line, k -> new ArrayList<>()).add(c.strip().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    private static int next(String[] lines, int from) {
        for (int i = from + 1; i < lines.length; i++) {
            String t = lines[i].strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return i;
            }
        }
        return from;
    }

    @Test
    void everyContextAndProjectRuleHasFlaggedAndCleanFixtures() throws Exception {
        for (String code : List.of("DI001", "DI002", "DI003", "DI004", "DI005", "DI006", "PJ001", "PJ002", "PJ003",
                "PJ004", "PJ005", "PJ006")) {
            try (Stream<Path> children = Files.list(root().resolve(code))) {
                List<String> names = children.map(p -> p.getFileName().toString()).toList();
                assertThat(names).as(code).anyMatch(n -> n.startsWith("flagged")).anyMatch(n -> n.startsWith("clean"));
            }
        }
    }
}
