package dev.bulwark.engine;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.engine.config.RuleCatalog;
import java.util.ArrayList;
import java.util.List;

/** The metadata of the findings the engine raises itself; the rule list must contain them. */
record EngineRules(RuleMeta unreadableFile, RuleMeta ruleCrashed, RuleMeta unusedSuppression,
                   RuleMeta unknownRuleInSuppression, RuleMeta imageDiffersFromPin, RuleMeta dockerfileSyntaxError, RuleMeta composeSyntaxError,
                   RuleMeta undefinedVariable, RuleMeta referencedFileMissing, RuleMeta manifestSyntaxError,
                   RuleMeta workflowSyntaxError) {

    static final String UNREADABLE_FILE = "BW001";
    static final String RULE_CRASHED = "BW002";
    static final String UNUSED_SUPPRESSION = "BW003";
    static final String UNKNOWN_RULE_IN_SUPPRESSION = "BW004";
    static final String IMAGE_DIFFERS_FROM_PIN = "BW005";
    static final String DOCKERFILE_SYNTAX_ERROR = "DF001";
    static final String COMPOSE_SYNTAX_ERROR = "DC001";
    static final String UNDEFINED_VARIABLE = "DC002";
    static final String REFERENCED_FILE_MISSING = "DC016";
    static final String MANIFEST_SYNTAX_ERROR = "KU001";
    static final String WORKFLOW_SYNTAX_ERROR = "CI001";

    static EngineRules from(RuleCatalog catalog) {
        List<String> missing = new ArrayList<>();
        for (String code : List.of(UNREADABLE_FILE, RULE_CRASHED, UNUSED_SUPPRESSION, UNKNOWN_RULE_IN_SUPPRESSION,
                IMAGE_DIFFERS_FROM_PIN, DOCKERFILE_SYNTAX_ERROR, COMPOSE_SYNTAX_ERROR, UNDEFINED_VARIABLE, REFERENCED_FILE_MISSING,
                MANIFEST_SYNTAX_ERROR, WORKFLOW_SYNTAX_ERROR)) {
            if (catalog.meta(code).isEmpty()) {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the rule list lacks the engine's diagnostics " + missing);
        }
        return new EngineRules(catalog.meta(UNREADABLE_FILE).orElseThrow(), catalog.meta(RULE_CRASHED).orElseThrow(),
                catalog.meta(UNUSED_SUPPRESSION).orElseThrow(), catalog.meta(UNKNOWN_RULE_IN_SUPPRESSION).orElseThrow(),
                catalog.meta(IMAGE_DIFFERS_FROM_PIN).orElseThrow(),
                catalog.meta(DOCKERFILE_SYNTAX_ERROR).orElseThrow(), catalog.meta(COMPOSE_SYNTAX_ERROR).orElseThrow(),
                catalog.meta(UNDEFINED_VARIABLE).orElseThrow(), catalog.meta(REFERENCED_FILE_MISSING).orElseThrow(),
                catalog.meta(MANIFEST_SYNTAX_ERROR).orElseThrow(), catalog.meta(WORKFLOW_SYNTAX_ERROR).orElseThrow());
    }
}
