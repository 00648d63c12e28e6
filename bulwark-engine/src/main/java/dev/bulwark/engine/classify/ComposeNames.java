package dev.bulwark.engine.classify;

import java.util.Locale;

/**
 * The file names Docker Compose looks for (NOTES 3.2: {@code compose.yaml}, {@code compose.yml},
 * {@code docker-compose.yml}, {@code docker-compose.yaml} and their {@code .override} files) and
 * the variants users pass with {@code -f}: {@code compose.prod.yaml}, {@code docker-compose.gpu.yml}.
 */
public final class ComposeNames {
    private ComposeNames() {
    }

    public static boolean isComposeFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        String stem;
        if (n.endsWith(".yaml")) {
            stem = n.substring(0, n.length() - 5);
        } else if (n.endsWith(".yml")) {
            stem = n.substring(0, n.length() - 4);
        } else {
            return false;
        }
        return stem.equals("compose") || stem.equals("docker-compose")
                || (stem.startsWith("compose.") && stem.length() > 8)
                || (stem.startsWith("docker-compose.") && stem.length() > 15);
    }

    /** {@code compose.override.yaml} and the other three override names Compose loads by itself. */
    public static boolean isOverrideFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.equals("compose.override.yml") || n.equals("compose.override.yaml")
                || n.equals("docker-compose.override.yml") || n.equals("docker-compose.override.yaml");
    }
}
