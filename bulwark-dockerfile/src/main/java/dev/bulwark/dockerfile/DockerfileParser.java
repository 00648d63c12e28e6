package dev.bulwark.dockerfile;

import dev.bulwark.core.SourceText;

/**
 * Parses a Dockerfile the way BuildKit's AST parser and instruction parser do (spec 1.1-1.8,
 * 1.12, 1.14). Total: whatever the input, it returns a tree plus problems and never throws.
 */
public final class DockerfileParser {

    private DockerfileParser() {
    }

    public static Dockerfile parse(SourceText source) {
        return new FileScanner(source).scan();
    }
}
