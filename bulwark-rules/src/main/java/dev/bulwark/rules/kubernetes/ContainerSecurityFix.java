package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextEdit;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * Writing one setting into a container's {@code securityContext}, as text ({@link MappingLines}):
 * a line in the context, or a new {@code securityContext:} block in the container.
 */
final class ContainerSecurityFix {
    private ContainerSecurityFix() {
    }

    /**
     * Reports a finding about the container as a whole, at its locator, with the fix that sets
     * {@code key: value} when there is one in the locator's file.
     */
    static void report(SpanSink sink, Container c, PodTemplate t, String message, String key, String value,
                       FixApplicability applicability) {
        Optional<Fix> fix = set(c, key, value, applicability);
        if (fix.isPresent() && c.span().path().equals(c.locator().path())) {
            sink.report(c.locator(), message, t.span(), t.displayName(), fix.get());
        } else {
            Pods.report(sink, c.locator(), message, t);
        }
    }

    /** The fix that sets {@code key: value} (one line) in the container's own security context. */
    static Optional<Fix> set(Container c, String key, String value, FixApplicability applicability) {
        String description = "set `securityContext." + key + ": " + value + "`";
        SourceText source = c.span().source();
        String text = source.text();
        Optional<Field> context = c.securityContext().containerContext();
        Optional<TextEdit> edit;
        if (context.isPresent()) {
            if (!context.get().source().path().equals(source.path())
                    || !(context.get().node() instanceof YamlMapping m) || m.entries().isEmpty()) {
                return Optional.empty();
            }
            edit = MappingLines.insert(text, m, key + ": " + value);
        } else {
            edit = MappingLines.insert(text, c.node(), "securityContext:", "  " + key + ": " + value);
        }
        return edit.isPresent() ? Optional.of(new Fix(applicability, description, List.of(edit.get())))
                : Optional.<Fix>empty();
    }
}
