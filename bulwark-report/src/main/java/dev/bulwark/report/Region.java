package dev.bulwark.report;

import dev.bulwark.core.Location;

/**
 * A finding's location made safe to print: lines and columns at least 1 and the end never before
 * the start, as SARIF regions require (spec 4.1). Well-formed locations pass unchanged.
 */
record Region(int line, int column, int endLine, int endColumn) {

    static Region of(Location loc) {
        int line = Math.max(1, loc.line());
        int column = Math.max(1, loc.column());
        int endLine = Math.max(line, loc.endLine());
        int endColumn = Math.max(1, loc.endColumn());
        if (endLine == line) {
            endColumn = Math.max(column, endColumn);
        }
        return new Region(line, column, endLine, endColumn);
    }
}
