package dev.bulwark.shell;

import static dev.bulwark.shell.ShellParserGrammarTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.TextRange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordValueRangeTest {

    private static Optional<String> written(String src, int wordIndex, String inValue) {
        Word w = only(src).words().get(wordIndex);
        int from = w.value().indexOf(inValue);
        Optional<TextRange> r = w.valueRange(from, from + inValue.length());
        return r.isPresent() ? Optional.of(src.substring(r.get().start(), r.get().end())) : Optional.empty();
    }

    @Test
    void mapsValueCharactersToWhereTheyAreWritten() {
        assertThat(written("echo plain-word", 1, "word")).contains("word");
        assertThat(written("echo 'single quoted id'", 1, "quoted")).contains("quoted");
        assertThat(written("echo \"double $X quoted\"", 1, "quoted")).contains("quoted");
        assertThat(written("echo pre\"fix\"'-mid-'post", 1, "fix-mid-po")).contains("fix\"'-mid-'po");
        assertThat(written("echo \"say \\\"hi\\\" now\"", 1, "\"hi\"")).contains("\\\"hi\\\"");
    }

    @Test
    void emptyWhereThePlaceIsNotKept() {
        Word w = only("echo $'ansi\\tquoted'").words().get(1);
        assertThat(w.valueRange(0, 3)).isEmpty();
        assertThat(only("echo abc").words().get(1).valueRange(2, 2)).isEmpty();
        assertThat(only("echo abc").words().get(1).valueRange(1, 9)).isEmpty();
    }
}
