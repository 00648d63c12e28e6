package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineHashesTest {

    // Expected values published with codeql-action's own tests (src/fingerprints.test.ts), which
    // exercise the implementation this class ports (spec 4.3).
    static List<Arguments> codeqlVectors() {
        List<String> trailing = List.of("e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1",
                "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1");
        return List.of(
                Arguments.of("", List.of("c129715d7a2bc9a3:1")),
                Arguments.of(" a\nb\n  \t\tc\n d",
                        List.of("271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1")),
                Arguments.of(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End",
                        List.of("8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1",
                                "c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1")),
                Arguments.of(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n", trailing),
                Arguments.of(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r", trailing),
                Arguments.of(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n", trailing),
                Arguments.of(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n", trailing),
                Arguments.of("Lorem ipsum dolor sit amet.\n".repeat(10),
                        List.of("a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3",
                                "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6",
                                "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1",
                                "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1")));
    }

    @ParameterizedTest
    @MethodSource("codeqlVectors")
    void matchesCodeqlActionVectors(String text, List<String> expected) {
        assertThat(LineHashes.of(text).all()).containsExactlyElementsOf(expected);
    }

    @Test
    void singleCharacterByHand() {
        // "a" is processed as 'a', the EOF sentinel 65535 and 98 zeros: 97*37^99 + 65535*37^98 mod 2^64.
        BigInteger h = BigInteger.valueOf(97).multiply(BigInteger.valueOf(37).pow(99))
                .add(BigInteger.valueOf(65535).multiply(BigInteger.valueOf(37).pow(98)))
                .mod(BigInteger.TWO.pow(64));
        assertThat(LineHashes.of("a").all()).containsExactly(h.toString(16) + ":1");
    }

    @Test
    void lineLookupIsOneBasedAndBounded() {
        LineHashes hashes = LineHashes.of("x\ny\n");
        assertThat(hashes.all()).hasSize(3);
        assertThat(hashes.forLine(1)).contains(hashes.all().get(0));
        assertThat(hashes.forLine(0)).isEmpty();
        assertThat(hashes.forLine(4)).isEmpty();
    }

    @Test
    void repeatedLinesCountUp() {
        // Each line's 100-character window spills into the next lines, so repeated lines far from
        // the end of the file hash equal and are told apart by :k.
        String line = "RUN echo the same command again and again\n";
        List<String> hashes = LineHashes.of(line.repeat(8)).all();
        String first = hashes.get(0).substring(0, hashes.get(0).indexOf(':'));
        assertThat(hashes.get(0)).isEqualTo(first + ":1");
        assertThat(hashes.get(1)).isEqualTo(first + ":2");
        assertThat(hashes.get(2)).isEqualTo(first + ":3");
    }

    @SeededProperty(cases = 200)
    void equalsTheDirectPolynomialDefinition(long seed) {
        String text = text(SeededInputs.of(seed));
        assertThat(LineHashes.of(text).all()).containsExactlyElementsOf(reference(text));
    }

    @SeededProperty(cases = 200)
    void ignoresSpacesAndTabs(long seed) {
        SeededInputs in = SeededInputs.of(seed);
        String text = text(in);
        String blanks = in.string(1, 5, " \t");
        int at = in.between(0, text.length());
        // Blanks inserted before a LF of a CRLF pair would split the pair; keep the pair whole.
        if (at > 0 && at < text.length() && text.charAt(at - 1) == '\r' && text.charAt(at) == '\n') {
            at++;
        }
        String spaced = text.substring(0, at) + blanks + text.substring(at);
        assertThat(LineHashes.of(spaced).all()).isEqualTo(LineHashes.of(text).all());
    }

    @SeededProperty(cases = 200)
    void oneValuePerLine(long seed) {
        String text = text(SeededInputs.of(seed));
        // codeql-action's tests count lines the same way: split on \r\n, \r or \n.
        assertThat(LineHashes.of(text).all()).hasSize(text.split("\r\n|\r|\n", -1).length);
    }

    /** Up to 400 characters of a small alphabet with blanks and every line break; now and then one long line. */
    private static String text(SeededInputs in) {
        return in.chance(0.05) ? "x".repeat(150) : in.string(400, "ab \t\n\r#=\u00e9\u4e2d");
    }

    /**
     * spec 4.3 restated without a rolling window: drop blanks and the LF of CRLF, turn CR into LF,
     * append the sentinel and 100 zeros; line N's value is sum(c[s+j] * 37^(99-j)) mod 2^64 over
     * the 100 characters from its first processed character s.
     */
    private static List<String> reference(String text) {
        BigInteger[] powers = new BigInteger[100];
        powers[0] = BigInteger.ONE;
        for (int i = 1; i < 100; i++) {
            powers[i] = powers[i - 1].multiply(BigInteger.valueOf(37));
        }
        List<Integer> processed = new ArrayList<>();
        boolean previousCr = false;
        for (char c : text.toCharArray()) {
            if (c == ' ' || c == '\t' || (previousCr && c == '\n')) {
                previousCr = false;
                continue;
            }
            previousCr = c == '\r';
            processed.add(c == '\r' ? (int) '\n' : (int) c);
        }
        int n = processed.size();
        processed.add(65535);
        for (int i = 0; i < 100; i++) {
            processed.add(0);
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int t = 0; t < n; t++) {
            if (processed.get(t) == '\n') {
                starts.add(t + 1);
            }
        }
        BigInteger mod = BigInteger.TWO.pow(64);
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int s : starts) {
            BigInteger h = BigInteger.ZERO;
            for (int j = 0; j < 100; j++) {
                h = h.add(BigInteger.valueOf(processed.get(s + j)).multiply(powers[99 - j]));
            }
            String hex = h.mod(mod).toString(16);
            out.add(hex + ":" + seen.merge(hex, 1, Integer::sum));
        }
        return out;
    }
}
