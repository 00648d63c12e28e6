package dev.bulwark.dockerfile.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written grammar accepts what distribution/reference's regular expressions accept, with
 * the same groups: the expressions below are the ones ReferenceParser used before.
 */
class ReferenceGrammarTest {
    private static final String ALPHANUMERIC = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[._]|__|[-]+)";
    private static final String PATH_COMPONENT = ALPHANUMERIC + "(?:" + SEPARATOR + ALPHANUMERIC + ")*";
    private static final String REMOTE_NAME = PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN_NAME = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*";
    private static final String IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]";
    private static final String DOMAIN_AND_PORT = "(?:" + DOMAIN_NAME + "|" + IPV6 + ")(?::[0-9]+)?";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
    private static final String NAME = "(?:" + DOMAIN_AND_PORT + "/)?" + REMOTE_NAME;
    private static final Pattern REFERENCE = Pattern.compile("^(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?$");
    private static final Pattern ANCHORED_NAME = Pattern.compile("^(?:(" + DOMAIN_AND_PORT + ")/)?(" + REMOTE_NAME + ")$");

    private static final String HEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String[] PIECES = {"a", "z", "0", "9", "A", "Q", "_", "__", "___", ".", "..", "-", "--", "/", "//",
        ":", "::", "@", "[", "]", "[::1]", "[fe80::1]", "localhost", "docker.io", "my-registry.io:5000", "library",
        "python", "3.12-slim", "sha256:", HEX, HEX.substring(0, 31), "é", "\n", " ", "+", "x-", "-x", "v1.2.3"};

    private static List<String> inputs() {
        List<String> inputs = new ArrayList<>(List.of("", "docker.io/library/python:3.12", "localhost:5000/a/b:c",
                "[::1]:5000/a", "[]/a", "a__b", "a___b", "a._b", "a--b", "A/b", "a/B", "host:/a", "host:x/a",
                "docker.io/library/a@sha256:" + HEX, "a:" + "t".repeat(128), "a:" + "t".repeat(129),
                "a@sha256+x.y:" + HEX, "a@sha256:" + HEX + "@x", "a:b:c", "a/b:c:d", "a-.io/b", "a.-io/b", "-a.io/b",
                "a.io-/b", "a..io/b", "a.io./b", "a.io:/b", "a.io:12/b:tag@x:" + HEX));
        Random random = new Random(7);
        for (int i = 0; i < 20000; i++) {
            StringBuilder s = new StringBuilder();
            int pieces = 1 + random.nextInt(7);
            for (int j = 0; j < pieces; j++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            inputs.add(s.toString());
        }
        return inputs;
    }

    @Test
    void referencesMatchAsTheRegularExpressionsDo() {
        int matched = 0;
        for (String input : inputs()) {
            Matcher m = REFERENCE.matcher(input);
            ReferenceGrammar.Reference r = ReferenceGrammar.reference(input);
            if (!m.matches()) {
                assertThat(r).as("'%s'", input).isNull();
                continue;
            }
            matched++;
            assertThat(r).as("'%s'", input).isNotNull();
            assertThat(new String[] {r.name(), r.tag(), r.digest()}).as("'%s'", input)
                    .containsExactly(m.group(1), m.group(2), m.group(3));
            Matcher name = ANCHORED_NAME.matcher(m.group(1));
            String domain = name.matches() ? name.group(1) : null;
            assertThat(ReferenceGrammar.domainOf(r.name())).as("'%s'", input).isEqualTo(domain);
        }
        assertThat(matched).as("inputs that are references").isGreaterThan(1000);
    }
}
