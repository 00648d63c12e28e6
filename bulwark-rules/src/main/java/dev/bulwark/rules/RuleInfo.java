package dev.bulwark.rules;

import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on the rule class itself so it is written once. {@link Rules#meta} turns it
 * into a {@link dev.bulwark.core.RuleMeta}; docs, {@code bulwark rules} and SARIF all read it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable short code, {@code DF001}. Never reused, never renumbered. */
    String code();

    /** Kebab-case name that explains itself, {@code latest-tag}. */
    String name();

    Practice practice();

    Severity severity();

    /** Off-by-default rules run only when selected (by code, name, practice or {@code all}). */
    boolean enabledByDefault() default true;

    /** One line: what the rule flags. */
    String summary();

    /** One line: how to fix it, shown under every finding in text output. */
    String fix();

    /** Other tools' IDs for checks that behave the same (hadolint, Trivy, Checkov, BuildKit). */
    String[] aliases() default {};

    /** Whether findings come with a fix {@code bulwark fix} applies: always, only with {@code --unsafe-fixes}, or never. */
    FixApplicability autofix() default FixApplicability.NONE;
}
