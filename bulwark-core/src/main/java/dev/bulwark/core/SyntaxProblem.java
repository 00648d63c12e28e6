package dev.bulwark.core;

/**
 * Input that the real tool (Docker, BuildKit, Compose, a YAML loader) would reject, found by one
 * of our parsers. Parsers return these as values beside the tree and never throw on bad input;
 * the engine reports them as {@code syntax} findings.
 */
public record SyntaxProblem(TextRange range, String message) {
}
