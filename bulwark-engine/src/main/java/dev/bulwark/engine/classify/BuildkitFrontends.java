package dev.bulwark.engine.classify;

import java.util.Locale;

/**
 * The {@code # syntax=} directive (NOTES 1.2) picks the BuildKit frontend that reads the file. The
 * Dockerfile frontends are {@code docker/dockerfile} and {@code docker/dockerfile-upstream} (any
 * version, channel, digest or registry mirror) and the maintainers' experimental
 * {@code tonistiigi/dockerfile}; any other frontend has a language of its own (a Dalec spec is
 * YAML, a Buildpacks or Earthly frontend something else), which the Dockerfile parser must not see.
 */
final class BuildkitFrontends {
    private BuildkitFrontends() {
    }

    /** True when the leading directives name a frontend that is not a Dockerfile frontend. */
    static boolean namesOtherFrontend(String text) {
        String frontend = syntaxDirective(text);
        return !frontend.isEmpty() && !isDockerfileFrontend(frontend);
    }

    static boolean isDockerfileFrontend(String reference) {
        String ref = reference.toLowerCase(Locale.ROOT);
        int digest = ref.indexOf('@');
        if (digest >= 0) {
            ref = ref.substring(0, digest);
        }
        int slash = ref.lastIndexOf('/');
        int colon = ref.lastIndexOf(':');
        if (colon > slash) {
            ref = ref.substring(0, colon);
        }
        return ref.endsWith("docker/dockerfile") || ref.endsWith("docker/dockerfile-upstream")
                || ref.endsWith("tonistiigi/dockerfile");
    }

    /**
     * The value of a {@code syntax} directive in the leading block of {@code # key=value} lines
     * (BuildKit also accepts {@code //syntax=} and skips a first {@code #!} line); empty when none.
     */
    static String syntaxDirective(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        boolean first = true;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (first && line.startsWith("#!")) {
                first = false;
                continue;
            }
            first = false;
            String body;
            if (line.startsWith("//")) {
                body = line.substring(2).strip();
            } else if (line.startsWith("#")) {
                body = line.substring(1).strip();
            } else {
                return "";
            }
            int eq = body.indexOf('=');
            if (eq <= 0) {
                return "";
            }
            String key = body.substring(0, eq).strip();
            if (!isDirectiveKey(key)) {
                return "";
            }
            if (key.equalsIgnoreCase("syntax")) {
                String value = body.substring(eq + 1).strip();
                int blank = value.indexOf(' ');
                return blank < 0 ? value : value.substring(0, blank);
            }
        }
        return "";
    }

    private static boolean isDirectiveKey(String key) {
        if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            if (!Character.isLetterOrDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
