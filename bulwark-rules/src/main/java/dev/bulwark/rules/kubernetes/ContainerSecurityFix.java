package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextEdit;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * Writing one setting into a container's {@code securityContext}, as text: a line above the
 * context's first key, or a new {@code securityContext:} block above one of the container's keys
 * that starts its own line, indented like that key, in the file's line ending. Flow mappings
 * ({@code {...}}) and keys that share their line with a {@code -} are not edited.
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
        String newline = TextEdit.lineEnding(text);
        Optional<Field> context = c.securityContext().containerContext();
        if (context.isPresent()) {
            if (!context.get().source().path().equals(source.path())
                    || !(context.get().node() instanceof YamlMapping m) || m.flow() || m.entries().isEmpty()) {
                return Optional.empty();
            }
            Optional<Integer> at = ownLine(text, m.entries().get(0).key());
            if (at.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Fix(applicability, description, List.of(TextEdit.insert(lineStart(text, at.get()),
                    indentation(text, at.get()) + key + ": " + value + newline))));
        }
        YamlMapping container = c.node();
        if (container.flow()) {
            return Optional.empty();
        }
        for (YamlEntry entry : container.entries()) {
            Optional<Integer> at = ownLine(text, entry.key());
            if (at.isPresent()) {
                String indent = indentation(text, at.get());
                TextEdit block = TextEdit.insert(lineStart(text, at.get()),
                        indent + "securityContext:" + newline + indent + "  " + key + ": " + value + newline);
                return Optional.of(new Fix(applicability, description, List.of(block)));
            }
        }
        return Optional.empty();
    }

    /** The key's offset when only blanks precede it on its line. */
    private static Optional<Integer> ownLine(String text, YamlNode key) {
        int start = key.range().start();
        for (int k = lineStart(text, start); k < start; k++) {
            if (text.charAt(k) != ' ') {
                return Optional.empty();
            }
        }
        return Optional.of(start);
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static String indentation(String text, int offset) {
        return text.substring(lineStart(text, offset), offset);
    }
}
