package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.engine.classify.Classifier;
import dev.bulwark.engine.discovery.DockerfileNames;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The files that wire bulwark into other tools: the pre-commit hooks, the composite GitHub Action
 * and the GitLab CI template. Each command line they run is read by the command line's own parser
 * (an unknown option or a bad value fails here, not in a user's pipeline) and run in-process, and
 * the Action's steps and the GitLab job pass bulwark's own CI rules.
 */
class IntegrationFilesTest {
    private static final Path ROOT = Path.of(System.getProperty("bulwark.root", "..")).toAbsolutePath().normalize();

    // ---- pre-commit ----

    @Test
    void pre_commit_hooks_run_a_real_check_on_the_files_they_are_given(@TempDir Path project) throws IOException {
        List<Map<String, Object>> hooks = yaml(".pre-commit-hooks.yaml");
        assertThat(hooks).extracting(h -> h.get("id")).containsExactly("bulwark", "bulwark-source");
        Files.writeString(project.resolve("Dockerfile"), "FROM python:latest\n");
        Files.writeString(project.resolve("compose.yaml"), "services:\n  api:\n    image: python:3.12.4-slim\n");
        for (Map<String, Object> hook : hooks) {
            List<String> entry = List.of(((String) hook.get("entry")).split(" "));
            assertThat(entry.get(0)).isEqualTo("bulwark");
            assertThat(hook.get("language")).isIn("system", "script");
            if (hook.get("language").equals("script")) {
                // pre-commit runs the entry from its clone of this repository: the launcher.
                assertThat(Files.isExecutable(ROOT.resolve(entry.get(0)))).isTrue();
            }
            assertThat(hook.get("pass_filenames")).as("pre-commit passes the file names (its default)").isNull();
            List<String> args = new ArrayList<>(entry.subList(1, entry.size()));
            args.add("Dockerfile");
            args.add("compose.yaml");
            assertThat(parse(args)).isInstanceOf(ParsedArgs.class);
            Cli.Run run = Cli.run(project, args.toArray(new String[0]));
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.out()).contains("Dockerfile:1:6: warning DF003 latest-tag");
        }
    }

    @Test
    void pre_commit_picks_the_files_bulwark_searches_for() throws Exception {
        List<Map<String, Object>> hooks = yaml(".pre-commit-hooks.yaml");
        Map<String, Object> hook = hooks.get(0);
        Pattern files = Pattern.compile((String) hook.get("files"));
        Pattern exclude = Pattern.compile((String) hook.get("exclude"));
        List<String> names = new ArrayList<>(List.of("Dockerfile", "dockerfile", "Containerfile", "Dockerfile.gpu",
                "Dockerfile-cpu", "Dockerfile_arm64", "api.Dockerfile", "api.dockerfile", "cuda_Dockerfile",
                "base-dockerfile", "Containerfile.dev", "Containerfile_x", "compose.yaml", "docker-compose.yml",
                "deploy.yaml", ".bulwark.yaml", "Dockerfile.yaml", "README.md", "main.py", "Dockerfiles", "Dockerfile.",
                "xDockerfile", "Makefile", ".dockerignore", "api.Containerfile"));
        for (String word : stringSet("OTHER_FORMATS")) {
            names.add("Dockerfile." + word);
            names.add("api.Dockerfile." + word);
            names.add("Containerfile-x." + word);
        }
        for (String word : stringSet("BACKUP_WORDS")) {
            names.add("Dockerfile_" + word);
            names.add("Dockerfile." + word);
        }
        for (String name : names) {
            boolean searched = DockerfileNames.isDockerfile(name) || Classifier.isYamlName(name);
            for (String path : List.of(name, "services/api/" + name)) {
                boolean picked = files.matcher(path).find() && !exclude.matcher(path).find();
                assertThat(picked).as(path).isEqualTo(searched);
            }
        }
    }

    /** The sets DockerfileNames decides by, so a word added there is tested here too. */
    @SuppressWarnings("unchecked")
    private static Set<String> stringSet(String field) throws ReflectiveOperationException {
        Field f = DockerfileNames.class.getDeclaredField(field);
        f.setAccessible(true);
        return (Set<String>) f.get(null);
    }

    // ---- GitHub Action ----

    @Test
    void the_action_runs_a_real_check_that_writes_sarif(@TempDir Path project) throws IOException {
        Map<String, Object> action = map(yaml("action.yml"));
        Map<String, Object> runs = map(action.get("runs"));
        assertThat(runs.get("using")).isEqualTo("composite");
        Map<String, Object> check = step(runs, "check");
        String line = commandLine((String) check.get("run"), "\"$GITHUB_ACTION_PATH/bulwark\"");
        Map<String, Object> inputs = map(action.get("inputs"));
        // The script's variables as the step's env sets them from the inputs' defaults.
        Map<String, String> env = stringMap(check.get("env"));
        String resolved = line
                .replace("\"$BULWARK_SARIF\"", inputDefault(inputs, env.get("BULWARK_SARIF")))
                .replace("\"$BULWARK_FAIL_ON\"", inputDefault(inputs, env.get("BULWARK_FAIL_ON")))
                .replace(" ${config[@]+\"${config[@]}\"}", "") // the default config input is empty
                .replace("\"${paths[@]}\"", inputDefault(inputs, env.get("BULWARK_PATHS")))
                .replace(" || status=$?", "");
        assertThat(resolved).doesNotContain("$");
        List<String> args = words(resolved);
        assertThat(args.get(0)).isEqualTo("\"$GITHUB_ACTION_PATH/bulwark\"".replace("\"", "").replace("$GITHUB_ACTION_PATH", ROOT.toString()));
        args = args.subList(1, args.size());
        ParsedArgs parsed = (ParsedArgs) parse(args);
        assertThat(parsed.value("--format")).contains("sarif");
        assertThat(parsed.value("--output")).contains("bulwark.sarif");

        Files.writeString(project.resolve("Dockerfile"), "FROM python:latest\n");
        Cli.Run run = Cli.run(project, args.toArray(new String[0]));
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(Files.readString(project.resolve("bulwark.sarif"))).contains("\"ruleId\": \"DF003\"");

        // The upload reads the file the check wrote.
        Map<String, Object> upload = stepUsing(runs, "github/codeql-action/upload-sarif@");
        assertThat(map(upload.get("with")).get("sarif_file")).isEqualTo("${{ inputs.sarif-file }}");
    }

    @Test
    void the_action_steps_pass_bulwark_ci_rules(@TempDir Path project) throws IOException {
        // A composite action is no workflow, so its steps are audited as the steps of a job.
        Map<String, Object> runs = map(map(yaml("action.yml")).get("runs"));
        StringBuilder workflow = new StringBuilder("on: push\npermissions:\n  contents: read\n  security-events: write\n"
                + "jobs:\n  bulwark:\n    runs-on: ubuntu-latest\n    steps:\n");
        String text = Files.readString(ROOT.resolve("action.yml"));
        String steps = text.substring(text.indexOf("  steps:\n") + "  steps:\n".length());
        for (String l : steps.split("\n", -1)) {
            workflow.append(l.isEmpty() ? "" : "    ").append(l).append('\n');
        }
        assertThat((List<?>) runs.get("steps")).hasSizeGreaterThan(2);
        Path file = project.resolve(".github/workflows/bulwark.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, workflow);
        Cli.Run run = Cli.run(project, "check", "--select", "all", ".");
        assertThat(run.out()).startsWith("No findings in 1 file");
        assertThat(run.exit()).isZero();
    }

    // ---- GitLab CI ----

    @Test
    void the_gitlab_template_runs_real_checks_and_passes_bulwark_ci_rules(@TempDir Path project) throws IOException {
        Map<String, Object> template = map(yaml("docs/ci/bulwark.gitlab-ci.yml"));
        Map<String, String> variables = stringMap(template.get("variables"));
        Map<String, Object> job = map(template.get("bulwark"));
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Files.writeString(project.resolve("Dockerfile"), "FROM python:latest\n");
        @SuppressWarnings("unchecked")
        List<String> script = (List<String>) job.get("script");
        assertThat(script).isNotEmpty();
        for (String line : script) {
            String resolved = line.replace("\"$BULWARK_FAIL_ON\"", variables.get("BULWARK_FAIL_ON"))
                    .replace("$BULWARK_PATHS", variables.get("BULWARK_PATHS"));
            assertThat(resolved).doesNotContain("$");
            List<String> words = words(resolved);
            // The program is the one bulwark's image starts.
            assertThat(dockerfile).contains("ENTRYPOINT [\"" + words.get(0) + "\"]");
            List<String> args = words.subList(1, words.size());
            assertThat(parse(args)).isInstanceOf(ParsedArgs.class);
            Cli.Run run = Cli.run(project, args.toArray(new String[0]));
            assertThat(run.exit()).as(run.err()).isIn(0, 1);
        }
        assertThat(Files.readString(project.resolve("bulwark.sarif"))).contains("\"ruleId\": \"DF003\"");

        Path pipeline = project.resolve("ci/.gitlab-ci.yml");
        Files.createDirectories(pipeline.getParent());
        Files.copy(ROOT.resolve("docs/ci/bulwark.gitlab-ci.yml"), pipeline);
        Cli.Run run = Cli.run(project, "check", "--select", "all", "ci");
        assertThat(run.out()).startsWith("No findings in 1 file");
    }

    // ---- helpers ----

    /** The parse of {@code bulwark ARGS}, through the global then the subcommand's parser, as BulwarkCommand does. */
    private static ParseOutcome parse(List<String> args) {
        ParseOutcome global = new ArgumentParser(BulwarkCommand.SPEC).parse(args);
        assertThat(global).isInstanceOf(ParsedArgs.class);
        List<String> words = ((ParsedArgs) global).positionals();
        assertThat(words).isNotEmpty();
        CommandSpec command = BulwarkCommand.SPEC.subcommand(words.get(0)).orElseThrow();
        ParseOutcome outcome = new ArgumentParser(command).parse(words.subList(1, words.size()));
        assertThat(outcome).as(String.join(" ", args)).isInstanceOf(ParsedArgs.class);
        return outcome;
    }

    /** The one line of a script that starts with {@code program}. */
    private static String commandLine(String script, String program) {
        List<String> lines = new ArrayList<>();
        for (String l : script.split("\n")) {
            if (l.strip().startsWith(program)) {
                lines.add(l.strip());
            }
        }
        assertThat(lines).hasSize(1);
        return lines.get(0).replace(program, program.replace("$GITHUB_ACTION_PATH", ROOT.toString()));
    }

    /** Blank-separated words, double quotes removed (the command lines here quote single words only). */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String w : line.strip().split(" +")) {
            words.add(w.replace("\"", ""));
        }
        return words;
    }

    private static String inputDefault(Map<String, Object> inputs, String expression) {
        assertThat(expression).startsWith("${{ inputs.").endsWith(" }}");
        String name = expression.substring("${{ inputs.".length(), expression.length() - " }}".length());
        assertThat(inputs).containsKey(name);
        return String.valueOf(map(inputs.get(name)).get("default"));
    }

    private static Map<String, Object> step(Map<String, Object> runs, String id) {
        for (Object s : (List<?>) runs.get("steps")) {
            if (id.equals(map(s).get("id"))) {
                return map(s);
            }
        }
        throw new AssertionError("no step " + id);
    }

    private static Map<String, Object> stepUsing(Map<String, Object> runs, String uses) {
        for (Object s : (List<?>) runs.get("steps")) {
            Object u = map(s).get("uses");
            if (u instanceof String text && text.startsWith(uses)) {
                return map(s);
            }
        }
        throw new AssertionError("no step uses " + uses);
    }

    @SuppressWarnings("unchecked")
    private static <T> T yaml(String file) throws IOException {
        return (T) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(ROOT.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private static Map<String, String> stringMap(Object o) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(o).entrySet()) {
            out.put(e.getKey(), String.valueOf(e.getValue()));
        }
        return out;
    }
}
