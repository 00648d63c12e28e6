package dev.bulwark.init;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What init reads about a project besides its code: the version to tag the image with, and the GitHub owner. */
public final class ProjectMetadata {
    private static final Pattern VERSION = Pattern.compile("(?m)^version\\s*=\\s*[\"'](\\d+\\.\\d+\\.\\d+)[\"']");
    private static final Pattern GITHUB_REMOTE = Pattern.compile("url\\s*=\\s*(?:https://|git@|ssh://git@)github\\.com[:/]([A-Za-z0-9-]+)/");

    private ProjectMetadata() {
    }

    /** The exact {@code x.y.z} version in {@code pyproject.toml}, else {@code 0.1.0}. */
    public static String version(Path dir) throws IOException {
        Optional<String> pyproject = ProjectInspector.read(dir.resolve("pyproject.toml"));
        if (pyproject.isPresent()) {
            Matcher m = VERSION.matcher(pyproject.get());
            if (m.find()) {
                return m.group(1);
            }
        }
        return "0.1.0";
    }

    /** {@code ghcr.io/owner} when the repository's {@code origin} (or first) remote is on GitHub. */
    public static Optional<String> githubRegistry(Path dir) throws IOException {
        Optional<String> config = ProjectInspector.read(dir.resolve(".git").resolve("config"));
        if (config.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = GITHUB_REMOTE.matcher(config.get());
        return m.find() ? Optional.of("ghcr.io/" + m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
