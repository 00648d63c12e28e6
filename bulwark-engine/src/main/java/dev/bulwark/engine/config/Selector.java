package dev.bulwark.engine.config;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RuleMeta;

/**
 * One entry of {@code select} / {@code ignore}: every rule, a rule by code or name, every rule of
 * a practice, or every rule whose code starts with a prefix ({@code DF}, {@code DF0}).
 */
public sealed interface Selector {

    boolean matches(RuleMeta meta);

    /** As the user wrote it. */
    String text();

    record All(String text) implements Selector {
        @Override
        public boolean matches(RuleMeta meta) {
            return true;
        }
    }

    record Code(String text, String code) implements Selector {
        @Override
        public boolean matches(RuleMeta meta) {
            return meta.code().equals(code);
        }
    }

    record OfPractice(String text, Practice practice) implements Selector {
        @Override
        public boolean matches(RuleMeta meta) {
            return meta.practice() == practice;
        }
    }

    record Prefix(String text, String prefix) implements Selector {
        @Override
        public boolean matches(RuleMeta meta) {
            return meta.code().startsWith(prefix);
        }
    }
}
