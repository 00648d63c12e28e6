package dev.bulwark.rules;

import dev.bulwark.core.RuleMeta;
import java.util.List;

/** Reads a rule's {@link RuleInfo} into a {@link RuleMeta}. */
public final class Rules {
    private Rules() {
    }

    public static RuleMeta meta(Class<? extends Rule> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
        }
        return new RuleMeta(info.code(), info.name(), info.practice(), info.severity(),
                info.enabledByDefault(), info.summary(), info.fix(), List.of(info.aliases()));
    }

    public static RuleMeta meta(Rule rule) {
        return meta(rule.getClass());
    }
}
