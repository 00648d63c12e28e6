package dev.bulwark.init;

/** A file init would write: its path relative to the project, with {@code /}, and its text. */
public record GeneratedFile(String path, String text) {
}
