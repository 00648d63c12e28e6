package dev.bulwark.workflow;

import dev.bulwark.core.TextRange;
import dev.bulwark.shell.AndOrList;
import dev.bulwark.shell.ChainOperator;
import dev.bulwark.shell.Pipeline;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The activities of a script, command by command: {@code docker build}/{@code docker buildx build}/
 * {@code podman build}/{@code buildah bud} ({@code -f}, {@code -t}, {@code --push},
 * {@code --build-arg}), the Kaniko executor ({@code --context}, {@code --dockerfile},
 * {@code --destination}, {@code --no-push}), {@code docker push}, {@code docker login -p}, scans
 * ({@code trivy image --exit-code}, {@code grype --fail-on}, {@code docker scout cves --exit-code},
 * {@code snyk container test}) and test runs.
 */
final class ScriptActivities {
    // Options taking a value, of docker itself and of its build, push and login commands (docker CLI
    // reference, buildx build reference), so that their values are not read as positionals.
    private static final Set<String> DOCKER_VALUES = Set.of("-c", "--context", "-H", "--host", "--config", "-l",
            "--log-level", "-f", "--file", "-t", "--tag", "--build-arg", "--secret", "--platform", "--target",
            "--cache-from", "--cache-to", "-o", "--output", "--label", "--network", "--progress", "--builder",
            "--ssh", "--iidfile", "--metadata-file", "--sbom", "--provenance", "--attest", "--add-host",
            "--shm-size", "--ulimit", "-m", "--memory", "--build-context", "--annotation", "--cgroup-parent",
            "--isolation", "--allow", "--call", "--memory-swap", "--cpu-shares", "--cpuset-cpus", "-u",
            "--username", "-p", "--password", "--set", "--format", "--layers", "--jobs", "--authfile",
            "--creds", "--os", "--arch", "--variant", "--squash-all", "--retry");
    private static final Set<String> KANIKO_VALUES = Set.of("--context", "-c", "--dockerfile", "-f",
            "--destination", "-d", "--build-arg", "--cache-repo", "--target", "--label", "--tar-path",
            "--digest-file", "--image-name-with-digest-file", "--custom-platform", "--verbosity", "--snapshot-mode",
            "--cache-dir", "--registry-mirror", "--ignore-path", "--kaniko-dir", "--context-sub-path");
    private static final Set<String> SCAN_VALUES = Set.of("--exit-code", "--severity", "-s", "--format", "-f",
            "-o", "--output", "--timeout", "--fail-on", "--only-fixed", "--scope", "--config", "-c", "--cache-dir",
            "--ignorefile", "--template", "-t", "--platform", "--input", "--vex", "--db-repository",
            "--skip-dirs", "--skip-files", "--scanners", "--pkg-types", "--file", "--severity-threshold",
            "--org", "--exclude", "--name", "--distro", "--add-cpes-if-none", "--only", "--ignore-base",
            "--locations", "--sbom-output", "--type", "--exclude-dirs");
    private static final Set<String> TRIVY_SCANS = Set.of("image", "i", "fs", "filesystem", "repo", "repository",
            "rootfs", "sbom", "vm");
    // Options of `uv run`, `conda run`, `pdm run` and the like that take the next word as value.
    private static final Set<String> RUNNER_VALUE_OPTIONS = Set.of("--with", "--with-requirements",
            "--with-editable", "--python", "-p", "--extra", "--group", "--only-group", "--package", "--project",
            "--directory", "--env-file", "--index", "--index-url", "--extra-index-url", "-n", "--name", "--prefix",
            "--cwd");
    private static final Set<String> TEST_TOOLS = Set.of("pytest", "py.test", "tox", "nox", "ctest", "bats",
            "phpunit", "rspec", "jest", "vitest");
    private static final Set<String> TEST_RUNNERS = Set.of("make", "npm", "yarn", "pnpm", "bun", "go", "cargo",
            "just", "task", "mvn", "mvnw", "gradle", "gradlew", "dotnet", "bazel", "bazelisk", "hatch", "mix");
    private static final Set<String> ENV_RUNNERS = Set.of("uv", "poetry", "pipenv", "pdm", "conda", "micromamba",
            "mamba", "pixi", "rye", "hatch", "uvx", "pipx");

    private ScriptActivities() {
    }

    static void of(Job job, Step step, Script script, List<Activity> out) {
        for (SimpleCommand raw : script.shell().commands()) {
            SimpleCommand c = raw.effective();
            Optional<String> name = c.baseName();
            if (name.isEmpty()) {
                continue;
            }
            String n = name.get();
            if (n.equals("docker") || n.equals("podman") || n.equals("buildah") || n.equals("nerdctl")) {
                container(job, step, script, c, n, out);
            } else if (n.equals("executor") && (c.hasFlag(KANIKO_VALUES, "--destination", "-d", "--no-push")
                    || c.hasFlag(KANIKO_VALUES, "--context", "--dockerfile"))) {
                kaniko(job, step, c, out);
            } else if (n.equals("trivy")) {
                Optional<Word> sub = c.subcommand(SCAN_VALUES);
                if (sub.isPresent() && TRIVY_SCANS.contains(sub.get().value())) {
                    Optional<Word> exit = c.flagValue(SCAN_VALUES, "--exit-code");
                    boolean fails = exit.isPresent() ? !exit.get().value().equals("0")
                            : envSet(job, step, "TRIVY_EXIT_CODE") || c.hasFlag(SCAN_VALUES, "--config", "-c");
                    scan(job, step, c, "Trivy", fails, exit.isPresent() ? "`--exit-code 0`" : "no `--exit-code`",
                            exit.isPresent() ? exit.get().range() : c.nameRange(), out);
                }
            } else if (n.equals("grype")) {
                Optional<Word> sub = c.subcommand(SCAN_VALUES);
                if (sub.isPresent() && !Set.of("db", "version", "explain", "config", "completion", "help")
                        .contains(sub.get().value())) {
                    boolean fails = c.hasFlag(SCAN_VALUES, "--fail-on", "-f")
                            || envSet(job, step, "GRYPE_FAIL_ON_SEVERITY") || c.hasFlag(SCAN_VALUES, "--config", "-c");
                    scan(job, step, c, "Grype", fails, "no `--fail-on`", c.nameRange(), out);
                }
            } else if (n.equals("snyk")) {
                List<Word> p = c.positionals(SCAN_VALUES);
                if ((!p.isEmpty() && p.get(0).is("test"))
                        || (p.size() > 1 && p.get(0).is("container") && p.get(1).is("test"))) {
                    scan(job, step, c, "Snyk", true, "", c.nameRange(), out);
                }
            }
            if (isTest(c.words(), 0)) {
                out.add(new Activity.Test(job, step, c.nameRange(), c.words().get(0).value()));
            }
        }
    }

    private static void container(Job job, Step step, Script script, SimpleCommand c, String tool,
                                  List<Activity> out) {
        List<Word> p = c.positionals(DOCKER_VALUES);
        if (p.isEmpty()) {
            return;
        }
        String first = p.get(0).value();
        String second = p.size() > 1 ? p.get(1).value() : "";
        int contextAt = -1;
        if (first.equals("build") || first.equals("bud") || (first.equals("image") && second.equals("build"))) {
            contextAt = first.equals("image") ? 2 : 1;
        } else if (first.equals("buildx") && (second.equals("build") || second.equals("b"))) {
            contextAt = 2;
        } else if (first.equals("buildx") && second.equals("bake")) {
            contextAt = p.size();
        }
        if (contextAt >= 0) {
            build(job, step, script, c, tool + " " + first + (contextAt == 2 ? " " + second : ""),
                    contextAt < p.size() ? p.get(contextAt).value() : "", out);
        } else if (first.equals("push") || (first.equals("image") && second.equals("push"))
                || (first.equals("manifest") && second.equals("push"))) {
            List<String> images = new ArrayList<>();
            int at = first.equals("push") ? 1 : 2;
            if (at < p.size()) {
                images.add(p.get(at).value());
            }
            out.add(new Activity.Push(job, step, c.nameRange(), p.get(0).range(), images, Optional.empty()));
        } else if (first.equals("login")) {
            Optional<Word> password = c.flagValue(DOCKER_VALUES, "-p", "--password");
            out.add(new Activity.Login(job, step, c.nameRange(), tool + " login",
                    password.isPresent() ? Optional.of(password.get().range()) : Optional.empty()));
        } else if (first.equals("scout") && (second.equals("cves") || second.equals("cve"))) {
            scan(job, step, c, "Docker Scout", c.hasFlag(DOCKER_VALUES, "--exit-code", "-e"), "no `--exit-code`",
                    c.nameRange(), out);
        } else if (first.equals("run") || first.equals("exec") || (first.equals("compose")
                && (second.equals("run") || second.equals("exec")))) {
            List<Word> words = c.words();
            for (int i = 2; i < words.size(); i++) {
                if (isTest(words, i) || words.get(i).value().contains("pytest")) {
                    out.add(new Activity.Test(job, step, c.nameRange(), tool + " " + first));
                    return;
                }
            }
        }
    }

    private static void build(Job job, Step step, Script script, SimpleCommand c, String tool, String context,
                              List<Activity> out) {
        Optional<TextRange> push = Optional.empty();
        for (Word w : c.arguments()) {
            String v = w.value();
            if (v.equals("--push") || ((v.startsWith("--output") || v.startsWith("-o")) && (v.contains("type=registry")
                    || v.contains("push=true")))) {
                push = Optional.of(w.range());
                break;
            }
        }
        if (push.isEmpty()) {
            for (Word w : c.flagValues(DOCKER_VALUES, "--output", "-o")) {
                if (w.value().contains("type=registry") || w.value().contains("push=true")) {
                    push = Optional.of(w.range());
                }
            }
        }
        List<Activity.BuildArg> args = new ArrayList<>();
        for (Word w : c.flagValues(DOCKER_VALUES, "--build-arg")) {
            String v = w.value();
            int eq = v.indexOf('=');
            String name = eq < 0 ? v : v.substring(0, eq);
            args.add(new Activity.BuildArg(name, w.range(), readsSecret(script, w.range())));
        }
        Optional<Word> file = c.flagValue(DOCKER_VALUES, "-f", "--file");
        List<String> tags = values(c.flagValues(DOCKER_VALUES, "-t", "--tag"));
        Optional<Value> sbom = Optional.empty();
        Optional<Value> provenance = Optional.empty();
        for (Word w : c.arguments()) {
            String v = w.value();
            if (v.startsWith("--sbom") || (v.startsWith("--attest") && v.contains("sbom"))) {
                sbom = Optional.of(wordValue(w));
            }
            if (v.startsWith("--provenance") || (v.startsWith("--attest") && v.contains("provenance"))) {
                provenance = Optional.of(wordValue(w));
            }
        }
        for (Word w : c.flagValues(DOCKER_VALUES, "--attest")) {
            if (w.value().contains("sbom")) {
                sbom = Optional.of(wordValue(w));
            }
            if (w.value().contains("provenance")) {
                provenance = Optional.of(wordValue(w));
            }
        }
        Activity.Build build = new Activity.Build(job, step, c.nameRange(), tool, context,
                file.isPresent() ? file.get().value() : "", tags, push, args, sbom, provenance);
        out.add(build);
        if (push.isPresent()) {
            out.add(new Activity.Push(job, step, c.nameRange(), push.get(), tags, Optional.of(build)));
        }
    }

    private static void kaniko(Job job, Step step, SimpleCommand c, List<Activity> out) {
        Optional<Word> context = c.flagValue(KANIKO_VALUES, "--context", "-c");
        Optional<Word> file = c.flagValue(KANIKO_VALUES, "--dockerfile", "-f");
        List<Word> destinations = c.flagValues(KANIKO_VALUES, "--destination", "-d");
        Optional<TextRange> push = !destinations.isEmpty() && !c.hasFlag(KANIKO_VALUES, "--no-push")
                ? Optional.of(destinations.get(0).range()) : Optional.empty();
        List<Activity.BuildArg> args = new ArrayList<>();
        for (Word w : c.flagValues(KANIKO_VALUES, "--build-arg")) {
            String v = w.value();
            int eq = v.indexOf('=');
            args.add(new Activity.BuildArg(eq < 0 ? v : v.substring(0, eq), w.range(), false));
        }
        Activity.Build build = new Activity.Build(job, step, c.nameRange(), "kaniko",
                context.isPresent() ? context.get().value() : "", file.isPresent() ? file.get().value() : "",
                values(destinations), push, args, Optional.empty(), Optional.empty());
        out.add(build);
        if (push.isPresent()) {
            out.add(new Activity.Push(job, step, c.nameRange(), push.get(), build.tags(), Optional.of(build)));
        }
    }

    private static void scan(Job job, Step step, SimpleCommand c, String tool, boolean fails, String why,
                             TextRange whyRange, List<Activity> out) {
        List<Word> positionals = c.positionals(tool.equals("Docker Scout") ? DOCKER_VALUES : SCAN_VALUES);
        String target = positionals.isEmpty() ? "" : positionals.get(positionals.size() - 1).value();
        Optional<TextRange> masked = maskedBy(c);
        if (fails && masked.isPresent()) {
            out.add(new Activity.Scan(job, step, c.nameRange(), tool, target, false, "its failure is ignored (`||`)",
                    masked.get()));
        } else if (fails && step.failureIgnored()) {
            out.add(new Activity.Scan(job, step, c.nameRange(), tool, target, false, step.continueOnError().get().key()
                    .equals("allow_failure") ? "`allow_failure` is true" : "`continue-on-error` is true",
                    step.continueOnError().get().range()));
        } else {
            out.add(new Activity.Scan(job, step, c.nameRange(), tool, target, fails, fails ? "" : why, whyRange));
        }
    }

    /** {@code scan || true}: a {@code ||} after the command's pipeline swallows its failure. */
    private static Optional<TextRange> maskedBy(SimpleCommand c) {
        Pipeline pipeline = c.pipeline();
        AndOrList list = c.andOrList();
        for (int i = 0; i < list.pipelines().size(); i++) {
            if (list.pipelines().get(i) == pipeline) {
                for (int j = i; j < list.operators().size(); j++) {
                    if (list.operators().get(j) == ChainOperator.OR) {
                        return Optional.of(list.pipelines().get(j + 1).range());
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean envSet(Job job, Step step, String name) {
        return step.env().containsKey(name) || job.env().containsKey(name);
    }

    private static boolean readsSecret(Script script, TextRange word) {
        for (Expression e : script.expressionsIn(word)) {
            if (e.reads("secrets.")) {
                return true;
            }
        }
        return false;
    }

    private static Value wordValue(Word w) {
        return new Value(w.value(), w.range(), new dev.bulwark.yaml.YamlScalar(w.range(), dev.bulwark.yaml.YamlTags.STR,
                "", w.value(), dev.bulwark.yaml.ScalarStyle.PLAIN));
    }

    private static List<String> values(List<Word> words) {
        List<String> out = new ArrayList<>(words.size());
        for (Word w : words) {
            out.add(w.value());
        }
        return out;
    }

    /** Whether the words from {@code at} run tests: {@code pytest}, {@code make test}, {@code uv run pytest}... */
    static boolean isTest(List<Word> words, int at) {
        if (at >= words.size()) {
            return false;
        }
        String name = baseName(words.get(at).value());
        if (TEST_TOOLS.contains(name)) {
            return true;
        }
        if ((name.startsWith("python") || name.equals("coverage")) && at + 2 < words.size()
                && (words.get(at + 1).is("-m") || words.get(at + 1).is("run"))) {
            String module = words.get(at + 2).value();
            return module.equals("pytest") || module.equals("unittest") || module.equals("tox")
                    || module.equals("nox") || (words.get(at + 1).is("-m") && module.equals("pytest"));
        }
        if (ENV_RUNNERS.contains(name)) {
            for (int i = at + 1; i < words.size() && i < at + 6; i++) {
                String v = words.get(i).value();
                if (v.equals("run") || v.equals("exec")) {
                    int next = i + 1;
                    while (next < words.size() && words.get(next).value().startsWith("-")) {
                        // `uv run --with pytest==8.3.4 python -m pytest`: the option's value is no command.
                        next += RUNNER_VALUE_OPTIONS.contains(words.get(next).value()) ? 2 : 1;
                    }
                    return isTest(words, next);
                }
            }
            return false;
        }
        if (TEST_RUNNERS.contains(name)) {
            for (int i = at + 1; i < words.size() && i < at + 6; i++) {
                String v = words.get(i).value().toLowerCase(Locale.ROOT);
                if (v.startsWith("test") || v.equals("check") || v.equals("verify") || v.startsWith("unittest")
                        || v.startsWith("unit-test") || v.startsWith("e2e")) {
                    return true;
                }
            }
            return false;
        }
        if (name.equals("bash") || name.equals("sh")) {
            return at + 1 < words.size() && isTestScript(words.get(at + 1).value());
        }
        return isTestScript(words.get(at).value());
    }

    private static boolean isTestScript(String path) {
        String base = baseName(path).toLowerCase(Locale.ROOT);
        return base.contains("test") && (base.endsWith(".sh") || base.endsWith(".py") || base.endsWith(".bash"));
    }

    private static String baseName(String word) {
        int slash = word.lastIndexOf('/');
        return slash < 0 ? word : word.substring(slash + 1);
    }
}
