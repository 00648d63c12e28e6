package dev.bulwark.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlCommentsTest {
    private static final String MARK = "bulwark-ignore";

    private static List<YamlComments.Comment> comments(String yaml) {
        return YamlComments.withMarker(new YamlParser().parse(new SourceText("c.yaml", yaml)), MARK);
    }

    private static String blockText(String yaml, YamlComments.Comment c) {
        return yaml.substring(c.block().start(), c.block().end());
    }

    @Test
    void commentAboveAKeyGovernsItsWholeBlock() {
        String yaml = """
                services:
                  # bulwark-ignore: DC010 -- trusted
                  db:
                    image: postgres:16.6
                    # a note
                    ports:
                      - "5432:5432"

                  api:
                    image: api:1.0
                """;
        List<YamlComments.Comment> found = comments(yaml);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("bulwark-ignore: DC010 -- trusted");
        assertThat(blockText(yaml, found.get(0)))
                .isEqualTo("  db:\n    image: postgres:16.6\n    # a note\n    ports:\n      - \"5432:5432\"");
    }

    @Test
    void trailingCommentGovernsItsLineAndWhatIsNestedUnderIt() {
        String yaml = "services:\n  api:  # bulwark-ignore: DC001\n    user: root\n  web:\n    image: x\n";
        List<YamlComments.Comment> found = comments(yaml);
        assertThat(found).hasSize(1);
        assertThat(blockText(yaml, found.get(0))).isEqualTo("  api:  # bulwark-ignore: DC001\n    user: root");
        String scalarLine = "a: b # bulwark-ignore: X\nc: d\n";
        assertThat(blockText(scalarLine, comments(scalarLine).get(0))).isEqualTo("a: b # bulwark-ignore: X");
    }

    @Test
    void sequenceItemBlockEndsAtTheNextItem() {
        String yaml = """
                containers:
                  # bulwark-ignore: KU010
                  - name: a
                    image: a:1
                  - name: b
                """;
        assertThat(blockText(yaml, comments(yaml).get(0))).isEqualTo("  - name: a\n    image: a:1");
    }

    @Test
    void hashInsideScalarsIsNotAComment() {
        String yaml = """
                script: |
                  # bulwark-ignore: DC001
                  echo hi
                quoted: "x # bulwark-ignore: DC002"
                single: 'it''s # bulwark-ignore: DC003'
                url: http://h/#bulwark-ignore
                """;
        assertThat(comments(yaml)).isEmpty();
    }

    @Test
    void noMarkerNoWork() {
        assertThat(comments("a: 1 # just a comment\n")).isEmpty();
    }

    @Test
    void commentAtEndOfFileGovernsNothing() {
        String yaml = "a: 1\n# bulwark-ignore: X\n";
        YamlComments.Comment c = comments(yaml).get(0);
        assertThat(c.block().isEmpty()).isTrue();
        assertThat(yaml.substring(c.range().start(), c.range().end())).isEqualTo("# bulwark-ignore: X");
    }
}
