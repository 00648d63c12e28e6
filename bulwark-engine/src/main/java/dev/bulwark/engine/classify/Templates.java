package dev.bulwark.engine.classify;

import dev.bulwark.core.TextRange;
import dev.bulwark.yaml.ScalarStyle;
import dev.bulwark.yaml.YamlDocument;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that is a template rather than YAML (ARCHITECTURE "Templates are not YAML"): Helm chart
 * templates and other Go or Jinja templates, whose {@code {{ ... }}} actions only a renderer turns
 * into YAML. A file under a chart's {@code templates/} folder is one whatever it holds. Elsewhere an
 * action counts when it is not content: GitHub Actions expressions ({@code ${{ }}}), actions in
 * comment lines and actions inside quoted or block scalars (a ConfigMap holding an alert template)
 * are content of valid YAML; anything else, or YAML that does not parse around actions, is a template.
 */
final class Templates {
    private Templates() {
    }

    /** A quick look at the text: could it be a template at all? */
    static boolean mayBeTemplated(String text) {
        return firstAction(text, 0) >= 0;
    }

    /** {@code chart/templates/x.yaml} beside {@code chart/Chart.yaml}. */
    static boolean inChartTemplates(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path name = d.getFileName();
            if (name != null && name.toString().equals("templates")) {
                Path chart = d.getParent();
                return chart != null && (Files.exists(chart.resolve("Chart.yaml")) || Files.exists(chart.resolve("Chart.yml")));
            }
        }
        return false;
    }

    /** True when some action is outside quoted and block scalars, or the YAML around the actions is broken. */
    static boolean isTemplated(String text, YamlFile yaml) {
        if (yaml.hasProblems()) {
            return true;
        }
        List<TextRange> content = new ArrayList<>();
        for (YamlDocument doc : yaml.documents()) {
            collectQuotedAndBlock(doc.root(), content, 0);
        }
        for (int at = firstAction(text, 0); at >= 0; at = firstAction(text, at + 2)) {
            if (!inside(content, at)) {
                return true;
            }
        }
        return false;
    }

    private static int firstAction(String text, int from) {
        int at = text.indexOf("{{", from);
        while (at >= 0) {
            if ((at == 0 || text.charAt(at - 1) != '$') && !inCommentLine(text, at)) {
                return at;
            }
            at = text.indexOf("{{", at + 2);
        }
        return -1;
    }

    private static void collectQuotedAndBlock(YamlNode node, List<TextRange> out, int depth) {
        if (depth > 10_000) {
            return;
        }
        if (node instanceof YamlScalar s) {
            if (s.style() != ScalarStyle.PLAIN) {
                out.add(s.range());
            }
        } else if (node instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                collectQuotedAndBlock(item, out, depth + 1);
            }
        } else if (node instanceof YamlMapping map) {
            for (YamlEntry e : map.entries()) {
                collectQuotedAndBlock(e.key(), out, depth + 1);
                collectQuotedAndBlock(e.value(), out, depth + 1);
            }
        }
    }

    private static boolean inside(List<TextRange> ranges, int offset) {
        for (TextRange r : ranges) {
            if (r.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCommentLine(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int i = lineStart;
        while (i < at && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < at && text.charAt(i) == '#';
    }
}
