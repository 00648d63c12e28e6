package dev.bulwark.dockerfile.ignore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A parsed {@code .dockerignore} (spec section 2): its patterns in file order and whether a path
 * of the build context is sent to the builder. {@code path} is how the file is shown
 * ({@code .dockerignore}, {@code docker/app.Dockerfile.dockerignore}).
 */
public final class DockerignoreFile {
    private final String path;
    private final List<IgnorePattern> patterns;

    private DockerignoreFile(String path, List<IgnorePattern> patterns) {
        this.path = path;
        this.patterns = List.copyOf(patterns);
    }

    /**
     * Reads the file's text (spec 2.2): lines split on {@code \n} (a {@code \r} before it dropped),
     * a BOM stripped, lines starting with {@code #} in column 1 are comments, lines trimmed and
     * empty ones skipped, {@code !} followed by blanks tolerated, patterns cleaned and one leading
     * {@code /} removed; then each pattern is compiled (spec 2.3).
     */
    public static DockerignoreFile parse(String path, String text) {
        Objects.requireNonNull(path, "path");
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<IgnorePattern> patterns = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.startsWith("#")) {
                continue;
            }
            String pattern = line.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            boolean exception = pattern.startsWith("!");
            if (exception) {
                pattern = pattern.substring(1).strip();
            }
            if (!pattern.isEmpty()) {
                pattern = GoPath.clean(pattern);
                if (pattern.length() > 1 && pattern.startsWith("/")) {
                    pattern = pattern.substring(1);
                }
            }
            patterns.add(IgnorePattern.compile((exception ? "!" : "") + pattern, i + 1));
        }
        return new DockerignoreFile(path, patterns);
    }

    /** As {@link #parse(String, String)} for patterns given one per element (tests). */
    public static DockerignoreFile ofLines(String... lines) {
        return parse(".dockerignore", String.join("\n", Arrays.asList(lines)));
    }

    public String path() {
        return path;
    }

    public List<IgnorePattern> patterns() {
        return patterns;
    }

    /** The patterns Docker rejects; any of them fails the build (spec 2.7). */
    public List<IgnorePattern> invalidPatterns() {
        List<IgnorePattern> invalid = new ArrayList<>();
        for (IgnorePattern p : patterns) {
            if (p.error().isPresent()) {
                invalid.add(p);
            }
        }
        return Collections.unmodifiableList(invalid);
    }

    /** Whether some pattern starts with {@code !}. */
    public boolean hasExceptions() {
        for (IgnorePattern p : patterns) {
            if (p.exception()) {
                return true;
            }
        }
        return false;
    }

    /** Whether some pattern is exactly {@code *}, {@code **} or {@code **}{@code /*}: the whole context is ignored. */
    public boolean ignoresEverything() {
        for (IgnorePattern p : patterns) {
            if (!p.exception() && (p.text().equals("*") || p.text().equals("**") || p.text().equals("**/*"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the file at this context-relative path is left out of the context, the way the
     * context transfer walks it (spec 2.5, fsutil's {@code MatchesUsingParentResults}): each
     * directory on the way down reuses its parent's per-pattern results, and an excluded directory
     * is skipped entirely when there are no exceptions. The context root is never excluded.
     */
    public boolean excludes(String path) {
        String file = normalize(path);
        if (file.equals(".")) {
            return false;
        }
        String[] parts = file.split("/");
        boolean[] parent = null;
        boolean exceptions = hasExceptions();
        boolean matched = false;
        StringBuilder current = new StringBuilder();
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                current.append('/');
            }
            current.append(parts[k]);
            boolean[] results = new boolean[patterns.size()];
            matched = matchUsingParent(current.toString(), parent, results);
            parent = results;
            if (matched && k < parts.length - 1 && !exceptions) {
                return true;
            }
        }
        return matched;
    }

    private boolean matchUsingParent(String file, boolean[] parentMatched, boolean[] results) {
        boolean matched = false;
        for (int i = 0; i < patterns.size(); i++) {
            IgnorePattern pattern = patterns.get(i);
            boolean match = parentMatched != null && parentMatched[i];
            if (!match) {
                if (pattern.exception() != matched) {
                    continue;
                }
                match = pattern.matches(file);
                if (!match && parentMatched == null) {
                    match = ancestorMatches(pattern, file);
                }
            }
            results[i] = match;
            if (match) {
                matched = !pattern.exception();
            }
        }
        return matched;
    }

    /**
     * BuildKit's {@code MatchesOrParentMatches} (spec 2.4), used by its {@code CopyIgnoredFile}
     * check: the last pattern matching the path or one of its ancestors decides. It differs from
     * {@link #excludes} only on pathological files such as {@code a}, {@code !a/b}, {@code a}
     * (spec 2.5).
     */
    public boolean matchesOrParentMatches(String path) {
        String file = normalize(path);
        if (file.equals(".")) {
            return false;
        }
        boolean matched = false;
        for (IgnorePattern pattern : patterns) {
            if (pattern.exception() != matched) {
                continue;
            }
            if (pattern.matches(file) || ancestorMatches(pattern, file)) {
                matched = !pattern.exception();
            }
        }
        return matched;
    }

    private static boolean ancestorMatches(IgnorePattern pattern, String file) {
        int slash = file.indexOf('/');
        while (slash >= 0) {
            if (pattern.matches(file.substring(0, slash))) {
                return true;
            }
            slash = file.indexOf('/', slash + 1);
        }
        return false;
    }

    /**
     * A COPY/ADD source or any context path as a context-relative path: cleaned, leading
     * {@code /} removed ({@code ./src/} gives {@code src}, {@code /} and {@code .} give {@code .}).
     */
    public static String normalize(String path) {
        String p = GoPath.clean(path);
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() ? "." : p;
    }

    @Override
    public String toString() {
        return path + patterns;
    }
}
