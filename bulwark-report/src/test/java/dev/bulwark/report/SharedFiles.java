package dev.bulwark.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared} and the project root the way the parent pom's surefire config says. */
final class SharedFiles {

    private SharedFiles() {
    }

    static Path root() {
        String root = System.getProperty("bulwark.root");
        return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    /** A file under {@code ../shared}; aborts the test visibly when the folder is absent. */
    static Path shared(String relative, String what) {
        String prop = System.getProperty("bulwark.shared");
        Path shared = prop != null ? Path.of(prop) : root().resolve("../shared");
        Path file = shared.resolve(relative);
        if (!Files.isDirectory(shared) || !Files.isRegularFile(file)) {
            String skipped = "../shared not present: skipping " + what + " (looked for " + file + ")";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        return file;
    }
}
