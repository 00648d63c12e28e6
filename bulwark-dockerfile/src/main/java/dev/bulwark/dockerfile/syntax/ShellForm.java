package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.MappedText;

/**
 * The shell form: the logical text after the flags, continuations joined, comment and blank lines
 * inside the continuation dropped (spec 1.4), mapped back to the file. Also what invalid JSON
 * falls back to (spec 1.6).
 */
public record ShellForm(MappedText text) implements CommandForm {
}
