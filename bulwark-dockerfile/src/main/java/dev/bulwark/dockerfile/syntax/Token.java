package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;

/** One lexical token: its kind and exact source range. */
public record Token(TokenKind kind, TextRange range) {
}
