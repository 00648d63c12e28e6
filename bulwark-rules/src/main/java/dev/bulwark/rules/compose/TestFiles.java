package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import java.util.Locale;
import java.util.Set;

/**
 * Compose files written for tests: a path with a directory or file name part {@code test},
 * {@code tests}, {@code e2e}, {@code it}... ({@code tests/consensus_tests/docker-compose.yaml},
 * {@code docker-compose-test.yml}, {@code src/test/resources/...}). Their databases and brokers are
 * started empty and thrown away on purpose, so data-persistence advice does not apply to them.
 */
final class TestFiles {
    private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "e2e", "it", "integration");

    private TestFiles() {
    }

    /** True when the file that defines the service is a test file. */
    static boolean definesForTests(Service service) {
        return isForTests(service.nameSpan().path());
    }

    /** Only the file name and the two directories above it count: a checkout under {@code ~/test/} is no test file. */
    static boolean isForTests(String path) {
        String p = lastComponents(path.replace('\\', '/').toLowerCase(Locale.ROOT), 3);
        int start = 0;
        for (int i = 0; i <= p.length(); i++) {
            if (i == p.length() || isSeparator(p.charAt(i))) {
                if (i > start && TEST_WORDS.contains(p.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static String lastComponents(String path, int count) {
        int at = path.length();
        for (int found = 0; found < count; found++) {
            int slash = path.lastIndexOf('/', at - 1);
            if (slash < 0) {
                return path;
            }
            at = slash;
        }
        return path.substring(at + 1);
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '-' || c == '_' || c == '.';
    }
}
