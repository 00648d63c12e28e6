package dev.bulwark.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

class YamlParserPropertyTest {

    private static final List<String> PIECES = List.of("a", "b: ", "- ", "  ", "\n", "#c", "[", "]", "{", "}", ",",
                ": ", "'q'", "\"d\"", "&x ", "*x", "|\n", ">\n", "---\n", "...\n", "\uD83D\uDE00", "\t", "<<: ",
                "!t ", "? ", "\r\n", "~", "1", "\\");

    @SeededProperty(cases = 400)
    void neverThrowsAndRangesStayInsideTheText(long seed) {
        String text = SeededInputs.of(seed).fragments(40, PIECES);
        YamlFile f = new YamlParser().parse(new SourceText("p.yaml", text));
        f.problems().forEach(p -> assertInside(p.range(), text));
        Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<YamlNode> todo = new ArrayDeque<>();
        f.documents().forEach(d -> todo.push(d.root()));
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            assertInside(n.range(), text);
            if (n instanceof YamlSequence s) {
                s.items().forEach(todo::push);
            } else if (n instanceof YamlMapping m) {
                m.entries().forEach(e -> {
                    todo.push(e.key());
                    todo.push(e.value());
                });
            }
        }
    }

    private static void assertInside(TextRange r, String text) {
        assertThat(r.end()).isLessThanOrEqualTo(text.length());
        // Never split a surrogate pair.
        assertThat(r.start() == 0 || r.start() == text.length()
                || !Character.isLowSurrogate(text.charAt(r.start()))).isTrue();
    }
}
