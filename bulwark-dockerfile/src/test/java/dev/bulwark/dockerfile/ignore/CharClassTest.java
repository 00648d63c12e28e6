package dev.bulwark.dockerfile.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * A class of a {@code .dockerignore} pattern matches what the Java regex class built from it used
 * to match, and is rejected where that regex failed to compile (a reversed range).
 */
class CharClassTest {
    private static final String BODY = "ab-z^]\\/.é😀";
    private static final int[] PROBES = {'a', 'b', 'c', 'z', '-', '^', ']', '\\', '/', '.', 'é', 'A', 0x1F600, 0xD83D,
        '\n', 0};

    // The regex class IgnorePattern compiled before: every character escaped, ranges kept.
    private static String javaClass(String cls) {
        StringBuilder out = new StringBuilder("[");
        int i = 1;
        if (cls.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        while (i < cls.length() - 1) {
            int c = escaped(cls, i);
            i = cls.charAt(i) == '\\' ? i + 2 : i + 1;
            out.append(String.format("\\x{%x}", c));
            if (i < cls.length() - 1 && cls.charAt(i) == '-') {
                int hi = escaped(cls, i + 1);
                i = cls.charAt(i + 1) == '\\' ? i + 3 : i + 2;
                out.append('-').append(String.format("\\x{%x}", hi));
            }
        }
        return out.append(']').toString();
    }

    private static int escaped(String p, int i) {
        return p.charAt(i) == '\\' ? p.charAt(i + 1) : p.charAt(i);
    }

    @Test
    void classesMatchAsTheirRegexDid() {
        Random random = new Random(5);
        int checked = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder s = new StringBuilder("[");
            int length = 1 + random.nextInt(6);
            for (int j = 0; j < length; j++) {
                s.append(BODY.charAt(random.nextInt(BODY.length())));
            }
            String pattern = s.append(']').toString();
            int end = GoMatchSyntax.classEnd(pattern, 0);
            if (end != pattern.length()) {
                continue;
            }
            checked++;
            Optional<CharClass> cls = GoMatchSyntax.charClass(pattern);
            Pattern regex;
            try {
                regex = Pattern.compile(javaClass(pattern));
            } catch (PatternSyntaxException e) {
                assertThat(cls).as(pattern).isEmpty();
                continue;
            }
            assertThat(cls).as(pattern).isPresent();
            for (int probe : PROBES) {
                assertThat(cls.get().matches(probe)).as("%s on U+%04X", pattern, probe)
                        .isEqualTo(regex.matcher(new String(Character.toChars(probe))).matches());
            }
        }
        assertThat(checked).as("valid classes").isGreaterThan(1000);
    }
}
