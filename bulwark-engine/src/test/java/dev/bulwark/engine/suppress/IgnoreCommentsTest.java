package dev.bulwark.engine.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The suppression comments are read by hand exactly as by the regular expressions they replaced. */
class IgnoreCommentsTest {
    private static final Pattern BULWARK = Pattern.compile("bulwark-ignore(-file)?\\s*:(.*)", Pattern.DOTALL);
    private static final Pattern HADOLINT = Pattern.compile("hadolint\\s+(?:(global|stage)\\s+)?ignore\\s*=(.*)",
            Pattern.DOTALL);
    private static final String[] PIECES = {"bulwark-ignore", "hadolint", "-file", "-files", " ", "\t", "\n", "\u00A0",
        ":", "=", "global", "stage", "ignore", "DL3008", ",", "--", "x"};

    private static List<String> comments() {
        List<String> comments = new ArrayList<>(List.of("bulwark-ignore: DF001", "bulwark-ignore-file : x",
                "hadolint ignore=DL3008", "hadolint global ignore = DL1", "hadolint stage  ignore=", "hadolintignore=",
                "hadolint globalignore=x", "hadolint global"));
        Random random = new Random(3);
        for (int i = 0; i < 30000; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "bulwark-ignore" : "hadolint");
            int pieces = random.nextInt(6);
            for (int j = 0; j < pieces; j++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            comments.add(s.toString());
        }
        // Well-formed ones with the blanks and words varied.
        String[] blanks = {"", " ", "  ", "\t", "\n", "\u00A0"};
        String[] scopes = {"", "global", "stage", "globe"};
        for (int i = 0; i < 5000; i++) {
            comments.add("hadolint" + blanks[random.nextInt(blanks.length)] + scopes[random.nextInt(scopes.length)]
                    + blanks[random.nextInt(blanks.length)] + "ignore" + blanks[random.nextInt(blanks.length)] + "=x");
            comments.add("bulwark-ignore" + (random.nextBoolean() ? "-file" : "") + blanks[random.nextInt(blanks.length)]
                    + ": DF001");
        }
        return comments;
    }

    @Test
    void bulwarkComments() {
        for (String text : comments()) {
            Matcher m = BULWARK.matcher(text);
            Optional<BulwarkIgnore> b = BulwarkIgnore.of(text);
            assertThat(b.isPresent()).as("'%s'", text).isEqualTo(m.matches());
            if (b.isPresent()) {
                assertThat(b.get().fileWide()).as("'%s'", text).isEqualTo(m.group(1) != null);
                assertThat(b.get().list()).as("'%s'", text).isEqualTo(m.group(2));
            }
        }
    }

    @Test
    void hadolintComments() {
        int matched = 0;
        for (String text : comments()) {
            Matcher m = HADOLINT.matcher(text);
            Optional<HadolintIgnore> h = HadolintIgnore.of(text);
            assertThat(h.isPresent()).as("'%s'", text).isEqualTo(m.matches());
            if (h.isPresent()) {
                matched++;
                assertThat(h.get().scope()).as("'%s'", text).isEqualTo(m.group(1));
                assertThat(h.get().list()).as("'%s'", text).isEqualTo(m.group(2));
            }
        }
        assertThat(matched).isGreaterThan(100);
    }
}
