package dev.bulwark.core;

/** A 1-based line and column (UTF-16 code units). */
public record Position(int line, int column) {
}
