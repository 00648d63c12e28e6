package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written splits give what the regular expressions they replace give. */
class SplitsTest {
    private static final String ALPHABET = "aZ9-_.+ \t\n\u000B\f\r,/:é\u00A0";

    private static List<String> inputs() {
        List<String> inputs = new ArrayList<>(List.of("", "-", "--", "a", "a-", "-a", "a--b", "1.2.3-slim", "  a  b ",
                " ", "a\u00A0b", "3.12+cu121", "..", "x+y_z.w-v"));
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            inputs.add(s.toString());
        }
        return inputs;
    }

    @Test
    void eachOfACharacterClass() {
        Pattern pattern = Pattern.compile("[-_.+]");
        for (String input : inputs()) {
            assertThat(Splits.onEachOf(input, "-_.+")).as("'%s'", input).containsExactly(pattern.split(input));
        }
    }

    @Test
    void runsOfWhitespace() {
        Pattern pattern = Pattern.compile("\\s+");
        for (String input : inputs()) {
            assertThat(Splits.onWhitespace(input)).as("'%s'", input).containsExactly(pattern.split(input));
        }
    }

    @Test
    void runsOfCommasAndWhitespace() {
        Pattern pattern = Pattern.compile("[,\\s]+");
        for (String input : inputs()) {
            assertThat(Splits.onRunsOf(input, "," + Splits.WHITESPACE)).as("'%s'", input)
                    .containsExactly(pattern.split(input));
        }
    }

    @Test
    void runsOfAnythingButSmallLettersAndDigits() {
        Pattern pattern = Pattern.compile("[^a-z0-9]+");
        for (String input : inputs()) {
            assertThat(Splits.onNonLowerAlphanumeric(input)).as("'%s'", input).containsExactly(pattern.split(input));
        }
    }
}
