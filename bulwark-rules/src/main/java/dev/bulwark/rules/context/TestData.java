package dev.bulwark.rules.context;

import dev.bulwark.project.ContextTree;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Paths under a test-data folder ({@code tests/}, {@code testdata/}, {@code fixtures/}, ...):
 * small models and pickles kept there are fixtures of the project's tests, not artifacts of
 * training, and are not reported as such; so are example models kept beside the test modules
 * that load them.
 */
final class TestData {
    private static final Set<String> FOLDERS = Set.of("test", "tests", "testdata", "test_data", "test-data", "fixtures",
            "__tests__", "testing");

    private TestData() {
    }

    /**
     * {@link #holds}, or a file under an examples folder ({@code example_models/},
     * {@code samples/}) whose parent folder holds the test modules that use it
     * ({@code test_model.py} beside {@code example_models/}, as kserve's sklearnserver keeps them).
     */
    static boolean holds(String path, Path contextFolder, ContextTree tree) {
        if (holds(path)) {
            return true;
        }
        String[] parts = path.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            String folder = parts[i].toLowerCase(Locale.ROOT);
            if (!(folder.startsWith("example") || folder.startsWith("sample"))) {
                continue;
            }
            Path parent = contextFolder;
            for (int k = 0; k < i; k++) {
                parent = parent.resolve(parts[k]);
            }
            for (ContextTree.Entry e : tree.list(parent).entries()) {
                if (e.kind() == ContextTree.Kind.FILE && isTestModule(e.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    // pytest's default discovery (`test_*.py`, `*_test.py`) and its `conftest.py`.
    private static boolean isTestModule(String name) {
        return name.endsWith(".py") && (name.startsWith("test_") || name.endsWith("_test.py") || name.equals("conftest.py"));
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
