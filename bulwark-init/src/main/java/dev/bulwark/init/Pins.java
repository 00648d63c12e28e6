package dev.bulwark.init;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code --pin IMAGE=TAG} choices: for a repository ({@code python}, {@code nvidia/cuda}), the
 * exact tag and optionally the digest ({@code 3.12.8-slim-bookworm@sha256:…}) init writes instead
 * of its table's. A pin applies to every image of that repository the setup uses.
 */
public final class Pins {
    private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?"
            + "(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    /** One pin: a tag, a digest, or both. */
    public record Pin(Optional<String> tag, Optional<String> digest) {
    }

    private final Map<String, Pin> byRepository;

    private Pins(Map<String, Pin> byRepository) {
        this.byRepository = Map.copyOf(byRepository);
    }

    public static Pins none() {
        return new Pins(Map.of());
    }

    /**
     * Reads {@code IMAGE=TAG}, {@code IMAGE=TAG@sha256:…} or {@code IMAGE=@sha256:…} arguments.
     *
     * @throws IllegalArgumentException with a message for the user when one is malformed
     */
    public static Pins parse(Iterable<String> arguments) {
        Map<String, Pin> pins = new LinkedHashMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq <= 0 || eq == argument.length() - 1) {
                throw new IllegalArgumentException("--pin takes IMAGE=TAG (python=3.12.8-slim-bookworm), not '"
                        + argument + "'");
            }
            String repository = argument.substring(0, eq);
            if (repository.startsWith("docker.io/library/")) {
                repository = repository.substring("docker.io/library/".length());
            }
            String value = argument.substring(eq + 1);
            if (!REPOSITORY.matcher(repository).matches()) {
                throw new IllegalArgumentException("--pin " + argument + ": '" + repository
                        + "' is not an image name (lower case, without tag)");
            }
            int at = value.indexOf('@');
            String tag = at < 0 ? value : value.substring(0, at);
            String digest = at < 0 ? "" : value.substring(at + 1);
            if (!tag.isEmpty() && !TAG.matcher(tag).matches() || !digest.isEmpty() && !DIGEST.matcher(digest).matches()
                    || tag.isEmpty() && digest.isEmpty()) {
                throw new IllegalArgumentException("--pin " + argument
                        + ": expected an exact tag, optionally with @sha256: and 64 hex digits");
            }
            if (tag.equals("latest")) {
                throw new IllegalArgumentException("--pin " + argument + ": `latest` pins nothing; name an exact tag");
            }
            pins.put(repository, new Pin(tag.isEmpty() ? Optional.empty() : Optional.of(tag),
                    digest.isEmpty() ? Optional.empty() : Optional.of(digest)));
        }
        return new Pins(pins);
    }

    Optional<Pin> forRepository(String repository) {
        return Optional.ofNullable(byRepository.get(repository));
    }

    /** The repositories pinned, in the order given. */
    public Iterable<String> repositories() {
        return byRepository.keySet();
    }
}
