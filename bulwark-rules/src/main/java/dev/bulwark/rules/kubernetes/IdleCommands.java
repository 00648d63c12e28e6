package dev.bulwark.rules.kubernetes;

import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Containers that only wait: {@code sleep infinity}, {@code tail -f /dev/null},
 * {@code while true; do sleep 30; done}, also inside {@code sh -c}. Such a container does no work
 * of its own; people {@code kubectl exec} into it to run a query or a debugging session.
 */
final class IdleCommands {
    private static final Set<String> WAITING_WORDS = Set.of("sh", "bash", "/bin/sh", "/bin/bash", "-c", "while",
            "true", "do", "done", "sleep", "infinity", "tail", "-f", "/dev/null", ":", "exec", "--");

    private IdleCommands() {
    }

    /** True when the container's command and arguments, read as words, only wait. */
    static boolean isIdle(Container container) {
        List<Field> items = new ArrayList<>(container.command());
        items.addAll(container.args());
        boolean waits = false;
        for (Field f : items) {
            Scan scan = scan(f.textOrEmpty());
            if (scan.doesWork()) {
                return false;
            }
            waits |= scan.waits();
        }
        return waits;
    }

    /** What the words of one item do: some work, or wait (sleep, read /dev/null), or neither. */
    private record Scan(boolean doesWork, boolean waits) {
    }

    private static Scan scan(String text) {
        boolean waits = false;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || isSeparator(text.charAt(i));
            if (separator && start >= 0) {
                String word = text.substring(start, i);
                if (!WAITING_WORDS.contains(word) && !isDuration(word)) {
                    return new Scan(true, false);
                }
                if (word.equals("sleep") || word.equals("/dev/null")) {
                    waits = true;
                }
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return new Scan(false, waits);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ';' || c == '"' || c == '\'';
    }

    // `30`, `3600s`, `1d`, `2.5m`: what sleep takes.
    private static boolean isDuration(String word) {
        int end = word.length();
        if (end > 1 && "smhd".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = word.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
