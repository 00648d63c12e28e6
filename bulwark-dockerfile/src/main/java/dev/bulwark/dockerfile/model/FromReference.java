package dev.bulwark.dockerfile.model;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.Instruction;

/**
 * One {@code COPY --from=...} or {@code RUN --mount=...,from=...} of a stage. {@code text} is the
 * value as written (BuildKit does not expand it); {@code range} is the flag's value, or the
 * whole {@code --mount} flag.
 */
public record FromReference(Instruction instruction, String text, TextRange range, FromTarget target) {
}
