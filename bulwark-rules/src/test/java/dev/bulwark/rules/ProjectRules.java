package dev.bulwark.rules;

import dev.bulwark.compose.ComposeInput;
import dev.bulwark.compose.ComposeLoader;
import dev.bulwark.compose.ComposeProject;
import dev.bulwark.core.SourceText;
import dev.bulwark.project.ComposeContexts;
import dev.bulwark.project.ProjectGraph;
import dev.bulwark.rules.project.ProjectCheck;
import dev.bulwark.rules.project.ProjectRule;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a project rule on a Compose file and the Dockerfile its services build ({@code build: .}),
 * written to a folder of their own, through the project graph as the engine builds it.
 */
public final class ProjectRules {
    private ProjectRules() {
    }

    public static boolean canRun(Rule rule) {
        return rule instanceof ProjectRule;
    }

    public static List<YamlReported> run(Rule rule, String compose, String dockerfile) throws IOException {
        Path dir = Files.createTempDirectory("bulwark-project-rule");
        try {
            Path composeFile = dir.resolve("compose.yaml");
            Path dockerfilePath = dir.resolve("Dockerfile");
            Files.writeString(composeFile, compose, StandardCharsets.UTF_8);
            Files.writeString(dockerfilePath, dockerfile, StandardCharsets.UTF_8);
            SourceText source = new SourceText("compose.yaml", compose);
            ComposeProject project = new ComposeLoader(new YamlRules.DiskFiles(dir)).load(List.of(new ComposeInput(
                    Optional.of(composeFile), source, new YamlParser().parse(source))));
            RunnableRules.Parsed parsed = RunnableRules.Parsed.of("Dockerfile", dockerfile);
            ProjectGraph graph = ProjectGraph.of(List.of(new ProjectGraph.DockerfileNode(dockerfilePath, parsed.model())),
                    new ComposeContexts(List.of(project)).declarations(), List.of(project), Optional.empty(), Map.of());
            List<YamlReported> out = new ArrayList<>();
            String code = Rules.meta(rule).code();
            ProjectCheck check = new ProjectCheck(dockerfilePath, "Dockerfile", parsed.model(),
                    graph.deploymentsOf(dockerfilePath), graph, RuleOptions.defaults(rule).withAsOf(TestDates.of(compose)));
            ((ProjectRule) rule).check(check, new YamlRules.CheckingSink(code, out));
            return out;
        } finally {
            Files.deleteIfExists(dir.resolve("compose.yaml"));
            Files.deleteIfExists(dir.resolve("Dockerfile"));
            Files.deleteIfExists(dir);
        }
    }
}
