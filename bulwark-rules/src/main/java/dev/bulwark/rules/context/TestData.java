package dev.bulwark.rules.context;

import java.util.Locale;
import java.util.Set;

/**
 * Paths under a test-data folder ({@code tests/}, {@code testdata/}, {@code fixtures/}, ...):
 * small models and pickles kept there are fixtures of the project's tests, not artifacts of
 * training, and are not reported as such.
 */
final class TestData {
    private static final Set<String> FOLDERS = Set.of("test", "tests", "testdata", "test_data", "test-data", "fixtures",
            "__tests__", "testing");

    private TestData() {
    }

    static boolean holds(String path) {
        String[] parts = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (FOLDERS.contains(parts[i])) {
                return true;
            }
        }
        return false;
    }
}
