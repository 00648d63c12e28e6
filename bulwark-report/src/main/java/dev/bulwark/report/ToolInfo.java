package dev.bulwark.report;

/**
 * The tool that produced a report. {@code informationUri} may be empty (it is then left out of
 * SARIF, whose schema requires an absolute URI there).
 */
public record ToolInfo(String name, String version, String informationUri) {

    public ToolInfo {
        requireText(name, "name");
        requireText(version, "version");
        if (informationUri == null) {
            throw new IllegalArgumentException("informationUri must not be null (use \"\")");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("tool " + what + " must not be blank");
        }
    }
}
