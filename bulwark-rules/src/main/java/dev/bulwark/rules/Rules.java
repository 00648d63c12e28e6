package dev.bulwark.rules;

import dev.bulwark.core.RuleMeta;
import java.util.List;
import java.util.Optional;

/** A rule's {@link RuleInfo} as a {@link RuleMeta}. */
public final class Rules {
    private Rules() {
    }

    /**
     * The built-in rules' metadata comes from {@link RuleIndex}, which the build generates from their
     * annotations (reflection is a sixth of a one-file check on a cold JVM); any other rule class,
     * such as a test's, is read by reflection. {@code RuleIndexTest} checks that the two agree.
     */
    public static RuleMeta meta(Class<? extends Rule> ruleClass) {
        Optional<RuleMeta> indexed = RuleIndex.of(ruleClass);
        return indexed.isPresent() ? indexed.get() : reflected(ruleClass);
    }

    public static RuleMeta meta(Rule rule) {
        return meta(rule.getClass());
    }

    /** The metadata read from the annotation itself, bypassing the index. */
    static RuleMeta reflected(Class<? extends Rule> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
        }
        return new RuleMeta(info.code(), info.name(), info.practice(), info.severity(),
                info.enabledByDefault(), info.summary(), info.fix(), List.of(info.aliases()), info.autofix());
    }
}
