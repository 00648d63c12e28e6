package dev.bulwark.rules.compose;

import dev.bulwark.compose.Build;
import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.KeyValue;
import dev.bulwark.compose.Service;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Unset variables whose empty value changes nothing, so reporting them is noise:
 *
 * <ul>
 *   <li>{@code PWD}, {@code HOME} and {@code USER}, which every shell that runs
 *       {@code docker compose} exports;</li>
 *   <li>a same-name pass-through in {@code environment} ({@code OTEL_ENDPOINT: ${OTEL_ENDPOINT}} or
 *       {@code - OTEL_ENDPOINT=${OTEL_ENDPOINT}}),
 *       the usual way to hand an optional setting to the container: empty means off, and a
 *       default would be wrong;</li>
 *   <li>a build argument the Dockerfile declares without a default ({@code ARG TEST_ENV}): an
 *       empty argument builds what an unset one builds. When the Dockerfile gives a default, the
 *       empty value overrides it, and that is reported; when the Dockerfile cannot be read (not
 *       on disk, a remote context), the effect is unknown and nothing is claimed, as DC007 does.</li>
 * </ul>
 */
final class HarmlessUnset {
    private static final Set<String> SHELL_VARIABLES = Set.of("PWD", "HOME", "USER");

    private HarmlessUnset() {
    }

    static boolean isHarmless(ComposeProject project, Span use, String name) {
        if (SHELL_VARIABLES.contains(name)) {
            return true;
        }
        for (Service service : project.services()) {
            for (KeyValue kv : service.environment()) {
                if (kv.key().equals(name) && contains(written(kv), use) && isWholeReference(valueOf(kv), name)) {
                    return true;
                }
            }
            if (service.build().isPresent()) {
                Build build = service.build().get();
                for (KeyValue arg : build.args()) {
                    if (contains(written(arg), use) && isWholeReference(valueOf(arg), name)) {
                        // A Dockerfile that cannot be read leaves the effect unknown: not claimed.
                        Optional<SourceText> dockerfile = build.dockerfileText();
                        return dockerfile.isEmpty() || declaresWithoutDefault(dockerfile.get().text(), arg.key());
                    }
                }
            }
        }
        return false;
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.source() == inner.source() && outer.range().start() <= inner.range().start()
                && inner.range().end() <= outer.range().end();
    }

    // Where the value is written: the whole `NAME=${NAME}` item in list form, whose value span covers
    // the interpolated (here empty) value rather than the expression.
    private static Span written(KeyValue kv) {
        return kv.isListForm() ? kv.span() : kv.valueSpan();
    }

    // The value as written: in list form the text after `NAME=`, quotes around the item removed.
    private static String valueOf(KeyValue kv) {
        String text = unquote(written(kv).text().strip());
        String prefix = kv.key() + "=";
        return kv.isListForm() && text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    // The value is the reference and nothing else: `${NAME}` or `$NAME`, quoted or not.
    private static boolean isWholeReference(String value, String name) {
        String text = unquote(value.strip());
        return text.equals("${" + name + "}") || text.equals("$" + name);
    }

    /** True when some {@code ARG} of the Dockerfile declares {@code name} with no default. */
    static boolean declaresWithoutDefault(String dockerfile, String name) {
        boolean declared = false;
        for (String line : dockerfile.split("\n")) {
            String t = line.strip();
            if (t.length() < 4 || !t.substring(0, 4).toUpperCase(Locale.ROOT).equals("ARG ")) {
                continue;
            }
            for (String word : t.substring(4).trim().split(" ")) {
                if (word.equals(name)) {
                    declared = true;
                } else if (word.startsWith(name + "=")) {
                    return false;
                }
            }
        }
        return declared;
    }
}
