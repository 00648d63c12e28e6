package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeNode;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.ComposeSequence;
import dev.bulwark.compose.Dependency;
import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Fix;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextEdit;
import java.util.Optional;

/**
 * The fix for a dependency that waits only for its service to start: a written
 * {@code condition: service_started} becomes {@code service_healthy}; a short-form list becomes
 * the long form, {@code service_healthy} for every service that has a healthcheck and
 * {@code service_started} for the others (what the short form meant). The list is rewritten as
 * text in the style it was written: a flow list as a flow mapping, a block list as a block
 * mapping at its indentation. Not offered for a list with comments, one merged from several
 * files, or entries that are not plain names.
 */
final class DependsOnHealthyFix {
    private static final String DESCRIPTION = "wait for `condition: service_healthy`";

    private DependsOnHealthyFix() {
    }

    static Optional<Fix> of(ComposeProject project, Service service, Dependency d) {
        Optional<ComposeScalar> condition = d.conditionNode();
        if (condition.isPresent() && !condition.get().isImplied()) {
            Span at = condition.get().span();
            return at.text().equals("service_started")
                    ? Optional.of(Fix.safe(DESCRIPTION, TextEdit.replace(at.range(), "service_healthy")))
                    : Optional.empty();
        }
        Optional<ComposeNode> node = service.get("depends_on");
        if (node.isEmpty() || !(node.get() instanceof ComposeSequence list)
                || list.size() != service.dependsOn().size()) {
            return Optional.empty();
        }
        Span span = list.span();
        String text = span.source().text();
        String written = span.text();
        boolean flow = written.startsWith("[");
        if (written.indexOf('#') >= 0 || !flow && !written.startsWith("-")) {
            return Optional.empty();
        }
        String newline = TextEdit.lineEnding(text);
        String indent = " ".repeat(span.range().start() - (text.lastIndexOf('\n', span.range().start() - 1) + 1));
        StringBuilder out = new StringBuilder(flow ? "{" : "");
        for (ComposeNode item : list.items()) {
            if (!(item instanceof ComposeScalar name) || !name.span().path().equals(span.path())
                    || !span.range().contains(name.span().range()) || !plainName(name.span().text())) {
                return Optional.empty();
            }
            String wait = healthy(project, name.value()) ? "service_healthy" : "service_started";
            if (flow) {
                out.append(out.length() == 1 ? "" : ", ").append(name.value()).append(": {condition: ").append(wait)
                        .append('}');
            } else {
                out.append(out.length() == 0 ? "" : newline + indent).append(name.value()).append(':').append(newline)
                        .append(indent).append("  condition: ").append(wait);
            }
        }
        return Optional.of(Fix.safe(DESCRIPTION, TextEdit.replace(span.range(), flow ? out.append('}').toString()
                : out.toString())));
    }

    private static boolean healthy(ComposeProject project, String name) {
        Optional<Service> target = project.service(name);
        return target.isPresent() && ServiceHealth.runs(ServiceHealth.of(target.get()));
    }

    /** A service name written as is: letters, digits, {@code -}, {@code _}, {@code .}. */
    private static boolean plainName(String written) {
        if (written.isEmpty()) {
            return false;
        }
        for (int k = 0; k < written.length(); k++) {
            char c = written.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
