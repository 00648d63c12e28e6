package dev.bulwark.engine.classify;

/**
 * Why a file found in a run was not audited. The summary counts skipped files by reason, so a user
 * sees that bulwark looked at a file and why it left it alone, instead of an error per line.
 */
public enum SkipReason {
    HELM_TEMPLATE("Helm chart templates"),
    OTHER_FRONTEND("files for other BuildKit frontends"),
    CI_WORKFLOW("composite actions and other CI files that are not workflows"),
    OTHER_YAML("YAML files that are neither Compose nor Kubernetes"),
    UNREADABLE_YAML("YAML files not read (binary, not UTF-8 or too large)"),
    NOT_A_DOCKERFILE("files with a Dockerfile's name that do not start with an instruction");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    /** A plural noun phrase for the summary: "3 Helm chart templates". */
    public String description() {
        return description;
    }

    /** The lowercase id used in JSON output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
