package dev.bulwark.project;

import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Step;
import dev.bulwark.workflow.Value;
import dev.bulwark.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An image name a CI build tags, with the GitHub expressions that usually carry it filled in:
 * {@code ${{ env.NAME }}} from the step's, job's or workflow's {@code env:}, and
 * {@code ${{ steps.ID.outputs.NAME }}} from the one value the job's scripts write as
 * {@code echo "NAME=value" >> $GITHUB_OUTPUT}. Other expressions stay as written, so a name
 * still holding one in its repository path is not compared.
 */
final class WorkflowImageNames {
    private static final int MAX_EXPRESSIONS = 16;
    private static final String METADATA_ACTION = "docker/metadata-action";

    private WorkflowImageNames() {
    }

    static String resolve(String written, Workflow workflow, Activity.Build build) {
        return resolve(written, workflow, build, true);
    }

    /**
     * The image names a written tag stands for: {@code ${{ steps.meta.outputs.tags }}} of the job's
     * {@code docker/metadata-action} step is each image its {@code images:} input lists (their
     * tags are computed from the event, so only the names are known); any other tag is itself.
     */
    static List<String> names(String written, Workflow workflow, Activity.Build build) {
        String inner = written.strip();
        if (inner.startsWith("${{") && inner.endsWith("}}")) {
            inner = inner.substring(3, inner.length() - 2).strip();
            if (inner.startsWith("steps.") && inner.endsWith(".outputs.tags")) {
                Optional<Step> meta = metadataStep(build);
                if (meta.isPresent()) {
                    return metadataImages(meta.get(), workflow, build);
                }
            }
        }
        return List.of(resolve(written, workflow, build));
    }

    // The job's one metadata-action step (a step has no id in the model; a job rarely has two).
    private static Optional<Step> metadataStep(Activity.Build build) {
        Optional<Step> found = Optional.empty();
        for (Step step : build.job().steps()) {
            if (step.uses(METADATA_ACTION)) {
                if (found.isPresent()) {
                    return Optional.empty();
                }
                found = Optional.of(step);
            }
        }
        return found;
    }

    // `images:` lines: `ghcr.io/org/app`, or `name=ghcr.io/org/app,enable=...`.
    private static List<String> metadataImages(Step step, Workflow workflow, Activity.Build build) {
        Value images = step.with().get("images");
        List<String> out = new ArrayList<>();
        if (images == null || !images.isScalar()) {
            return out;
        }
        for (String line : images.text().replace(',', '\n').split("\n")) {
            String image = line.strip();
            if (image.startsWith("name=")) {
                image = image.substring("name=".length());
            }
            if (!image.isEmpty() && !image.contains("=")) {
                out.add(resolve(image, workflow, build));
            }
        }
        return out;
    }

    private static String resolve(String written, Workflow workflow, Activity.Build build, boolean outputs) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (int n = 0; n < MAX_EXPRESSIONS; n++) {
            int open = written.indexOf("${{", i);
            int close = open < 0 ? -1 : written.indexOf("}}", open);
            if (close < 0) {
                break;
            }
            String inner = written.substring(open + 3, close).strip();
            Optional<String> value = Optional.empty();
            if (inner.startsWith("env.")) {
                value = env(inner.substring(4), workflow, build);
            } else if (outputs && inner.startsWith("steps.") && inner.indexOf(".outputs.") > 6) {
                value = output(inner.substring(inner.indexOf(".outputs.") + 9), build);
                if (value.isPresent()) {
                    value = Optional.of(resolve(value.get(), workflow, build, false));
                }
            }
            out.append(written, i, open).append(value.isPresent() ? value.get() : written.substring(open, close + 2));
            i = close + 2;
        }
        out.append(written.substring(Math.min(i, written.length())));
        return out.toString();
    }

    private static Optional<String> env(String name, Workflow workflow, Activity.Build build) {
        for (Map<String, Value> env : List.of(build.step().env(), build.job().env(), workflow.env())) {
            Value v = env.get(name);
            if (v != null) {
                return v.isScalar() && !v.text().contains("${{") ? Optional.of(v.text().strip()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    // The one value the job's scripts write for `name` to $GITHUB_OUTPUT.
    private static Optional<String> output(String name, Activity.Build build) {
        Set<String> values = new LinkedHashSet<>();
        for (Step step : build.job().steps()) {
            if (step.run().isEmpty()) {
                continue;
            }
            for (String line : step.run().get().node().value().split("\n")) {
                int at = line.indexOf(name + "=");
                if (at < 0 || !line.contains("GITHUB_OUTPUT") || at > 0 && isNamePart(line.charAt(at - 1))) {
                    continue;
                }
                int start = at + name.length() + 1;
                int end = line.indexOf(">>", start);
                String v = (end < 0 ? line.substring(start) : line.substring(start, end)).strip();
                if (v.endsWith("\"") || v.endsWith("'")) {
                    v = v.substring(0, v.length() - 1);
                }
                values.add(v.strip());
            }
        }
        return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
