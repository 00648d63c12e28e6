package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.TextEdit;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import java.util.Optional;

/**
 * New lines in a block mapping, as text: above the first of its keys that starts its own line,
 * indented like that key, in the file's line ending. A flow mapping ({@code {...}}) or one whose
 * keys all share their line with something else ({@code - name: x} alone) gets none.
 */
final class MappingLines {
    private MappingLines() {
    }

    /**
     * The edit that inserts {@code lines} (each with its indentation relative to the mapping's keys,
     * without line ending) into mapping {@code m} of {@code text}.
     */
    static Optional<TextEdit> insert(String text, YamlMapping m, String... lines) {
        if (m.flow()) {
            return Optional.empty();
        }
        String newline = TextEdit.lineEnding(text);
        for (YamlEntry entry : m.entries()) {
            Optional<Integer> at = ownLine(text, entry.key());
            if (at.isPresent()) {
                String indent = text.substring(lineStart(text, at.get()), at.get());
                StringBuilder block = new StringBuilder();
                for (String line : lines) {
                    block.append(indent).append(line).append(newline);
                }
                return Optional.of(TextEdit.insert(lineStart(text, at.get()), block.toString()));
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
}
