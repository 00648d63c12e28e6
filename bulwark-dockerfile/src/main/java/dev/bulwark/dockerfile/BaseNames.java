package dev.bulwark.dockerfile;

import dev.bulwark.dockerfile.image.ImageReference;
import dev.bulwark.dockerfile.image.InvalidImageReference;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import dev.bulwark.dockerfile.syntax.FromInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's check of the FROM base names written without variables or quotes (spec 1.11,
 * {@code dockerfile2llb}): a name that is no earlier stage (compared as written with the
 * lower-cased stage names) and not {@code scratch} must be an image reference, or the build stops
 * at the first that is not ({@code failed to parse stage name}), whichever stage is the target.
 * Names with variables are the model's to expand and invalid-default-arg-in-from's to judge.
 * <p>
 * Repository names are lower case, so capitals are the usual cause. A bare word in capitals
 * ({@code FROM DEV_IMAGE}) is no image anyone pulls: a placeholder that a template engine or
 * {@code sed} replaces before the build, unless it is a global ARG without its {@code $} or an
 * earlier stage written in capitals (BuildKit finds stages by their lower-case name only,
 * moby/buildkit#2003); those, {@code SCRATCH} and a name in mixed case ({@code Ubuntu:22.04}) are
 * mistakes in a file meant to be built, and the message says what was meant. A name in another
 * template syntax ({@code {base_image}}, {@code <BASE_IMAGE>}) or with a word in capitals inside a
 * longer reference ({@code ersiliaos/ersiliapack-VERSION:latest}) is left alone: such a file is
 * rendered by a generator and judged as the image it renders, as earlier reviews judged them.
 */
public final class BaseNames {
    // Images people write in capitals by mistake (`FROM DEBIAN`): a typo, not a placeholder.
    private static final Set<String> COMMON_IMAGES = Set.of("ubuntu", "debian", "alpine", "centos", "fedora",
            "busybox", "python", "node", "golang", "nginx", "rockylinux", "almalinux", "amazonlinux", "archlinux");

    /** The first base name BuildKit refuses, in its words, and whether it is a template's placeholder. */
    public record Refused(FromInstruction from, String message, boolean placeholder) {
    }

    private BaseNames() {
    }

    public static Optional<Refused> firstRefused(Dockerfile dockerfile) {
        return firstRefused(dockerfile.instructions(), dockerfile.escapeChar());
    }

    static Optional<Refused> firstRefused(List<Instruction> instructions, char escape) {
        Set<String> globalArgs = new HashSet<>();
        Set<String> stages = new HashSet<>();
        boolean global = true;
        for (Instruction instruction : instructions) {
            if (global && instruction instanceof ArgInstruction arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    globalArgs.add(d.name());
                }
            }
            if (!(instruction instanceof FromInstruction from)) {
                continue;
            }
            global = false;
            String name = from.image().text();
            if (!name.isEmpty() && literal(name, escape) && !stages.contains(name) && !name.equals("scratch")
                    && ImageReference.parse(name) instanceof InvalidImageReference invalid) {
                return rendered(name) ? Optional.empty()
                        : Optional.of(refused(from, name, invalid.reason(), globalArgs, stages));
            }
            if (from.stageNameLower().isPresent()) {
                stages.add(from.stageNameLower().get());
            }
        }
        return Optional.empty();
    }

    private static Refused refused(FromInstruction from, String name, String reason, Set<String> globalArgs,
                                   Set<String> stages) {
        String message = "failed to parse stage name \"" + name + "\": " + reason;
        String lower = name.toLowerCase(Locale.ROOT);
        if (globalArgs.contains(name)) {
            return new Refused(from, message + " (did you mean $" + name + "?)", false);
        }
        if (stages.contains(lower) || lower.equals("scratch") || COMMON_IMAGES.contains(lower)) {
            return new Refused(from, message + " (did you mean " + lower + "?)", false);
        }
        return new Refused(from, message, isPlaceholder(name));
    }

    // Capitals, digits and underscores with at least one letter: DEV_IMAGE, BASE_IMAGE, IMAGE.
    private static boolean isPlaceholder(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return letter;
    }

    /**
     * A name a generator renders: one no case makes valid ({@code {base_image}}, {@code <BASE_IMAGE>}),
     * or a longer reference with a word all in capitals ({@code ersiliapack-VERSION}, not
     * {@code Ubuntu}).
     */
    private static boolean rendered(String name) {
        if (!ImageReference.parse(name.toLowerCase(Locale.ROOT)).isValid()) {
            return true;
        }
        if (isPlaceholder(name)) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i < name.length() && Character.isLetterOrDigit(name.charAt(i))) {
                continue;
            }
            String word = name.substring(start, i);
            if (word.length() > 1 && !word.equals(word.toLowerCase(Locale.ROOT))
                    && word.equals(word.toUpperCase(Locale.ROOT))) {
                return true;
            }
            start = i + 1;
        }
        return false;
    }

    // BuildKit expands the base name first: quotes, escapes and variables make it another text.
    private static boolean literal(String name, char escape) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '$' || c == '"' || c == '\'' || c == escape) {
                return false;
            }
        }
        return true;
    }
}
