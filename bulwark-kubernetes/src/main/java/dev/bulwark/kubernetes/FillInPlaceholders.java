package dev.bulwark.kubernetes;

import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Manifests written as forms to fill in: a value such as {@code <your NFS server>} or
 * {@code <NFS_PATH>} that the reader replaces before applying. Such an object is a template, not
 * a deployment, so it is partial: rules about what it lacks do not judge it.
 */
final class FillInPlaceholders {
    // Objects are small; the bound keeps an alias-heavy document from costing more than its text.
    private static final int MAX_NODES = 100_000;

    private FillInPlaceholders() {
    }

    /** The first fill-in placeholder value in the node, if any. */
    static Optional<String> first(YamlNode root) {
        Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<YamlNode> todo = new ArrayDeque<>();
        todo.push(root);
        int visited = 0;
        while (!todo.isEmpty() && visited++ < MAX_NODES) {
            YamlNode node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof YamlScalar s) {
                if (isPlaceholder(s.value())) {
                    return Optional.of(s.value());
                }
            } else if (node instanceof YamlMapping m) {
                for (YamlEntry e : m.entries()) {
                    todo.push(e.value());
                }
            } else if (node instanceof YamlSequence q) {
                for (YamlNode item : q.items()) {
                    todo.push(item);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code <your NFS server>}, {@code <NFS_PATH>}: angle brackets around words, nothing else. */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.length() < 3 || v.charAt(0) != '<' || v.charAt(v.length() - 1) != '>') {
            return false;
        }
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (c == '<' || c == '>' || c == '=' || c == '/' || c == '\n') {
                return false;
            }
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '_' && c != '-' && c != '.' && c != '\'') {
                return false;
            }
        }
        return true;
    }
}
