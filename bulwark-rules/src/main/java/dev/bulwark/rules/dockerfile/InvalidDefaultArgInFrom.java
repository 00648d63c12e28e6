package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.image.ImageReference;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.dockerfile.syntax.FromInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Map;
import java.util.Set;

/**
 * A FROM whose image, built from global ARGs, is empty or invalid with the ARG defaults, so the
 * build fails unless every build passes {@code --build-arg}.
 */
@RuleInfo(code = "DF101", name = "invalid-default-arg-in-from", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "With the ARG defaults, the FROM image is empty or not a valid image reference.",
        fix = "Give the global ARG a default that makes a valid image (`ARG BASE=python:3.12.4-slim`).",
        aliases = {"InvalidDefaultArgInFrom"})
public final class InvalidDefaultArgInFrom implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            FromInstruction from = stage.from();
            String written = from.image().text();
            if (!written.contains("$")) {
                continue;
            }
            Map<String, Variable> scope = ctx.model().variablesAt(from);
            Expansion e = ctx.model().expand(from, written);
            // Undeclared names are undefined-arg-in-from's; platform ARGs get their value at build time.
            boolean judgeable = e.isOk() && allDeclaredByFile(e.referenced(), scope);
            if (!judgeable) {
                continue;
            }
            String text = e.text();
            if (text.isEmpty() || !ImageReference.parse(text).isValid()) {
                sink.report(from.image().range(), "`" + written + "` is "
                        + (text.isEmpty() ? "empty" : "`" + text + "`, not a valid image") + " with the ARG defaults");
            }
        }
    }

    private static boolean allDeclaredByFile(Set<String> names, Map<String, Variable> scope) {
        for (String name : names) {
            if (!scope.containsKey(name) || scope.get(name).kind() == Variable.Kind.PREDEFINED) {
                return false;
            }
        }
        return true;
    }
}
