package dev.bulwark.rules;

import java.util.List;

/**
 * A check. Each target kind has its own sub-interface with a {@code check} method that receives
 * that target's semantic model; a rule is a pure function of model and options. It never does
 * I/O, reads the environment or the clock.
 */
public interface Rule {

    /** The options this rule accepts in {@code .bulwark.yaml}; unknown option keys are config errors. */
    default List<RuleOption> options() {
        return List.of();
    }
}
