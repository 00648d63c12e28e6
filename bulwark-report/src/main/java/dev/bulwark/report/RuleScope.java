package dev.bulwark.report;

import dev.bulwark.core.RuleMeta;

/**
 * Which kinds of audited file a rule judges, by its family: Dockerfile rules (DF), build-context
 * rules (DI) and project rules (PJ) a Dockerfile, Compose (DC) and Kubernetes (KU) rules theirs,
 * project rules also the Compose files and manifests that run an image, workflow rules (CI) a CI
 * workflow, the tool's diagnostics (BW) any. Imported scanner results (IM) judge no file.
 */
final class RuleScope {

    private RuleScope() {
    }

    /** @param kind {@code dockerfile}, {@code compose}, {@code kubernetes} or {@code workflow} */
    static boolean appliesTo(RuleMeta rule, String kind) {
        return switch (rule.prefix()) {
            case "BW" -> !kind.isEmpty();
            case "DF", "DI" -> kind.equals("dockerfile");
            case "DC" -> kind.equals("compose");
            case "KU" -> kind.equals("kubernetes");
            case "CI" -> kind.equals("workflow");
            case "PJ" -> kind.equals("dockerfile") || kind.equals("compose") || kind.equals("kubernetes");
            default -> false;
        };
    }
}
