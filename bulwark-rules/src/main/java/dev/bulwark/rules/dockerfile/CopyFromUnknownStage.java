package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.FromReference;
import dev.bulwark.dockerfile.model.FromTarget;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code COPY --from} (or {@code RUN --mount from=}) naming no stage: a stage index out of range,
 * or a bare name without registry, path or tag that no stage has, which Docker would then pull as
 * {@code docker.io/library/<name>:latest} (spec 1.8, 1.11). Real images ({@code nginx:1.27},
 * {@code ghcr.io/org/tool}) are not reported. A name that a build of the file passes as a named
 * context (bake {@code contexts}, Compose {@code additional_contexts}) is waived by the project
 * graph ({@code GraphWaivers}).
 */
@RuleInfo(code = "DF105", name = "copy-from-unknown-stage", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "`COPY --from` names a stage that does not exist.",
        fix = "Name a stage of this file (check the spelling), or a fully qualified image with a tag.",
        aliases = {"DL3022"})
public final class CopyFromUnknownStage implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            for (FromReference ref : stage.fromReferences()) {
                if (ref.target() instanceof FromTarget.InvalidIndex index) {
                    sink.report(ref.range(), "there is no stage " + index.index());
                } else if (ref.target() instanceof FromTarget.ImageTarget && looksLikeStageName(ref.text())) {
                    String lower = ref.text().toLowerCase(Locale.ROOT);
                    String near = nearestStageName(ctx, lower);
                    sink.report(ref.range(), "no stage is named `" + ref.text() + "`"
                            + (near == null ? "" : " (did you mean `" + near + "`?)"));
                }
            }
        }
    }

    /**
     * Where this rule reports, in {@code model}, a bare name that is among {@code named} (the named
     * build contexts its builds pass, compared ignoring case): the findings a build supplies the
     * name for. An index out of range and any other name are not among them.
     */
    public static List<TextRange> namedContextReferences(DockerfileModel model, Set<String> named) {
        List<TextRange> out = new ArrayList<>();
        if (named.isEmpty()) {
            return out;
        }
        Set<String> lower = new HashSet<>();
        for (String n : named) {
            lower.add(n.toLowerCase(Locale.ROOT));
        }
        for (Stage stage : model.stages()) {
            for (FromReference ref : stage.fromReferences()) {
                if (ref.target() instanceof FromTarget.ImageTarget && looksLikeStageName(ref.text())
                        && lower.contains(ref.text().toLowerCase(Locale.ROOT))) {
                    out.add(ref.range());
                }
            }
        }
        return out;
    }

    /** The first stage name closest to {@code name} within two edits, or null. */
    private static String nearestStageName(DockerfileContext ctx, String name) {
        String nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (Stage stage : ctx.model().stages()) {
            Optional<String> stageName = stage.name();
            if (stageName.isEmpty()) {
                continue;
            }
            int distance = Variables.distance(stageName.get(), name);
            if (distance <= 2 && distance < nearestDistance) {
                nearest = stageName.get();
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    // One path component, no tag or digest: an image would need `name:tag`; stages look like this.
    private static boolean looksLikeStageName(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == ':' || c == '@' || c == '$') {
                return false;
            }
        }
        return true;
    }
}
