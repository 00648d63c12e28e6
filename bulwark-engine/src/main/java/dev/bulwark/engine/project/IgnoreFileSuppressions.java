package dev.bulwark.engine.project;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.suppress.Suppression;
import dev.bulwark.engine.suppress.SuppressionParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Suppressions in a {@code .dockerignore}: a comment line ({@code #} in column 1, spec 2.2)
 * {@code # bulwark-ignore: DI004 -- reason} governs the next pattern line, or the first line when
 * it is the file's first comment block; {@code # bulwark-ignore-file:} the whole file.
 */
public final class IgnoreFileSuppressions {
    private IgnoreFileSuppressions() {
    }

    public static List<Suppression> of(SourceText source, SuppressionParser parser) {
        String text = source.text();
        List<Suppression> out = new ArrayList<>();
        List<int[]> pending = new ArrayList<>();
        int start = 0;
        boolean first = true;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (line.startsWith("#")) {
                pending.add(new int[] {start, end});
            } else if (!line.isBlank() || nl < 0) {
                // The first comment block also covers line 1, where findings about the whole file land.
                TextRange scope = new TextRange(first ? 0 : start, end);
                for (int[] c : pending) {
                    String comment = text.substring(c[0] + 1, c[1]).strip();
                    out.addAll(parser.parse(comment, new TextRange(c[0], c[1]), scope));
                }
                pending.clear();
                first = false;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }
}
