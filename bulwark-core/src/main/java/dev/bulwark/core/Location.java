package dev.bulwark.core;

/**
 * Where a finding is shown: 1-based lines and columns in UTF-16 code units. {@code endColumn} is
 * exclusive (the column just past the last character), as in SARIF regions.
 */
public record Location(String path, int line, int column, int endLine, int endColumn) {

    /** A location for a whole file, used when a file could not be read or parsed at all. */
    public static Location ofFile(String path) {
        return new Location(path, 1, 1, 1, 1);
    }
}
