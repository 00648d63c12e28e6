package dev.bulwark.core.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A property checked on {@link #cases()} seeded inputs: the method takes one {@code long seed}
 * and builds its input with {@link SeededInputs#of(long)}. Each case is reported as
 * {@code seed N}, which reproduces it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "seed {0}")
@ArgumentsSource(SeedsProvider.class)
public @interface SeededProperty {
    /** How many seeds, each one case. */
    int cases();
}
