package dev.bulwark.workflow;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@link Activity activities} of a workflow's steps: actions by their inputs (each
 * action's documented defaults: {@code docker/build-push-action} does not push unless told,
 * {@code aquasecurity/trivy-action}'s {@code exit-code} is 0, {@code anchore/scan-action} fails the
 * build by default, {@code docker/scout-action}'s {@code exit-code} is false), scripts by their
 * commands ({@link ScriptActivities}).
 */
final class Activities {
    private Activities() {
    }

    static List<Activity> of(List<Job> jobs, String source) {
        List<Activity> out = new ArrayList<>();
        for (Job job : jobs) {
            for (Step step : job.steps()) {
                if (step.uses().isPresent()) {
                    action(job, step, step.uses().get(), source, out);
                }
                if (step.run().isPresent()) {
                    ScriptActivities.of(job, step, step.run().get(), out);
                }
            }
        }
        return out;
    }

    private static void action(Job job, Step step, ActionRef uses, String source, List<Activity> out) {
        String name = uses.name();
        TextRange at = uses.range();
        if (name.equals("docker/build-push-action") || name.equals("docker/bake-action")) {
            build(job, step, uses, source, out);
        } else if (name.equals("redhat-actions/buildah-build")) {
            out.add(new Activity.Build(job, step, at, name, text(step, "context", "."),
                    firstOf(step.input("containerfiles"), step.input("dockerfiles")), lines(step.input("image")),
                    Optional.empty(), buildArgs(step, "build-args", source), Optional.empty(), Optional.empty()));
        } else if (name.equals("redhat-actions/push-to-registry")) {
            out.add(new Activity.Push(job, step, at, at, lines(step.input("image")), Optional.empty()));
        } else if (name.equals("aquasecurity/trivy-action")) {
            Optional<Value> exit = step.input("exit-code");
            // A config file or TRIVY_EXIT_CODE may set it where this file cannot see: not judged.
            boolean fails = (exit.isPresent() && !exit.get().text().strip().equals("0") && !exit.get().text().isBlank())
                    || step.input("trivy-config").isPresent() || step.env().containsKey("TRIVY_EXIT_CODE")
                    || job.env().containsKey("TRIVY_EXIT_CODE");
            scan(job, step, at, "Trivy", fails, fails ? "" : exit.isPresent() ? "`exit-code` is 0"
                    : "`exit-code` defaults to 0", exit.isPresent() ? exit.get().range() : at, out);
        } else if (name.equals("anchore/scan-action")) {
            Optional<Value> fail = step.input("fail-build");
            boolean fails = fail.isEmpty() || !fail.get().text().strip().equalsIgnoreCase("false");
            scan(job, step, at, "Grype", fails, fails ? "" : "`fail-build` is false",
                    fail.isPresent() ? fail.get().range() : at, out);
        } else if (name.equals("docker/scout-action")) {
            Optional<Value> exit = step.input("exit-code");
            boolean fails = exit.isPresent() && !exit.get().text().strip().equalsIgnoreCase("false");
            scan(job, step, at, "Docker Scout", fails, fails ? "" : exit.isPresent() ? "`exit-code` is false"
                    : "`exit-code` defaults to false", exit.isPresent() ? exit.get().range() : at, out);
        } else if (name.startsWith("snyk/actions/")) {
            Optional<Value> command = step.input("command");
            boolean monitor = command.isPresent() && command.get().text().strip().startsWith("monitor");
            scan(job, step, at, "Snyk", !monitor, monitor ? "`command` is monitor" : "",
                    command.isPresent() ? command.get().range() : at, out);
        }
    }

    private static void scan(Job job, Step step, TextRange at, String tool, boolean fails, String why,
                             TextRange whyRange, List<Activity> out) {
        String target = text(step, "image-ref", text(step, "image", text(step, "scan-ref", text(step, "path", ""))));
        if (fails && step.failureIgnored()) {
            out.add(new Activity.Scan(job, step, at, tool, target, false, "`continue-on-error` is true",
                    step.continueOnError().get().range()));
            return;
        }
        out.add(new Activity.Scan(job, step, at, tool, target, fails, why, whyRange));
    }

    private static void build(Job job, Step step, ActionRef uses, String source, List<Activity> out) {
        Optional<TextRange> push = Optional.empty();
        Optional<Value> pushInput = step.input("push");
        if (pushInput.isPresent() && !pushInput.get().text().strip().equalsIgnoreCase("false")
                && !pushInput.get().text().isBlank()) {
            push = Optional.of(pushInput.get().range());
        }
        Optional<Value> outputs = step.input("outputs");
        if (push.isEmpty() && outputs.isPresent() && (outputs.get().text().contains("type=registry")
                || outputs.get().text().contains("push=true"))) {
            push = Optional.of(outputs.get().range());
        }
        boolean bake = uses.name().equals("docker/bake-action");
        Activity.Build build = new Activity.Build(job, step, uses.range(), uses.name(),
                bake ? "" : text(step, "context", "."), text(step, bake ? "files" : "file", ""),
                lines(step.input("tags")), push, buildArgs(step, "build-args", source), step.input("sbom"),
                step.input("provenance"));
        out.add(build);
        if (push.isPresent()) {
            out.add(new Activity.Push(job, step, uses.range(), push.get(), build.tags(), Optional.of(build)));
        }
    }

    private static String text(Step step, String input, String otherwise) {
        Optional<Value> v = step.input(input);
        return v.isPresent() && v.get().isScalar() ? v.get().text().strip() : otherwise;
    }

    private static String firstOf(Optional<Value> a, Optional<Value> b) {
        List<String> values = lines(a.isPresent() ? a : b);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** A list input: a YAML list, or a string of lines or comma-separated items (the actions' convention). */
    static List<String> lines(Optional<Value> value) {
        List<String> out = new ArrayList<>();
        if (value.isEmpty()) {
            return out;
        }
        for (String item : value.get().texts()) {
            for (String line : item.split("[\n,]")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    /** {@code build-args: |} as {@code NAME=value} lines or list items, each with its exact range. */
    private static List<Activity.BuildArg> buildArgs(Step step, String input, String source) {
        List<Activity.BuildArg> out = new ArrayList<>();
        Optional<Value> value = step.input(input);
        if (value.isEmpty()) {
            return out;
        }
        if (value.get().node() instanceof YamlScalar s && !s.isNull()) {
            argsOf(ScalarText.of(s, source), out);
        } else if (value.get().node() instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlScalar s && !s.isNull()) {
                    argsOf(ScalarText.of(s, source), out);
                }
            }
        }
        return out;
    }

    private static void argsOf(MappedText text, List<Activity.BuildArg> out) {
        String t = text.text();
        int lineStart = 0;
        while (lineStart <= t.length()) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? t.length() : nl;
            int a = lineStart;
            while (a < lineEnd && Character.isWhitespace(t.charAt(a))) {
                a++;
            }
            int b = lineEnd;
            while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
                b--;
            }
            int eq = t.indexOf('=', a);
            if (eq > a && eq < b) {
                String valuePart = t.substring(eq + 1, b);
                out.add(new Activity.BuildArg(t.substring(a, eq).strip(), text.toSource(a, b),
                        valuePart.contains("${{") && valuePart.contains("secrets.")));
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
    }
}
