package dev.bulwark.dockerfile.model;

import dev.bulwark.dockerfile.syntax.UserInstruction;

import java.util.Optional;

/**
 * The user set by a USER instruction, expanded (spec 1.8: {@code user[:group]} or
 * {@code uid[:gid]}). {@code fullyResolved} is false when a variable in it had no known value.
 */
public record UserSpec(String text, String user, Optional<String> group, boolean fullyResolved,
                       UserInstruction instruction) {

    static UserSpec of(String expanded, boolean fullyResolved, UserInstruction instruction) {
        int colon = expanded.indexOf(':');
        String user = colon < 0 ? expanded : expanded.substring(0, colon);
        Optional<String> group = colon < 0 ? Optional.empty() : Optional.of(expanded.substring(colon + 1));
        return new UserSpec(expanded, user, group, fullyResolved, instruction);
    }

    /** {@code root} or uid {@code 0}, the image default this instruction fails to leave. */
    public boolean isRoot() {
        return user.equals("root") || user.equals("0");
    }
}
