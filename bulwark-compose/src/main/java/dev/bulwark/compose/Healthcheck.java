package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A service's {@code healthcheck} (NOTES 3.11): the test in its canonical form, the durations
 * and retries. {@link #testArguments()} are the program and arguments for {@code CMD}, the shell
 * command for {@code CMD-SHELL} and the string form. Unset fields fall back to the image's
 * HEALTHCHECK, then to the engine's defaults (30s, 30s, 0s, 5s, 3).
 */
public final class Healthcheck {
    private final ComposeMapping node;
    private final HealthTestForm form;
    private final Optional<ComposeNode> test;
    private final List<ComposeScalar> testArguments;
    private final Optional<ComposeScalar> disable;
    private final Optional<ComposeScalar> interval;
    private final Optional<ComposeScalar> timeout;
    private final Optional<ComposeScalar> startPeriod;
    private final Optional<ComposeScalar> startInterval;
    private final Optional<ComposeScalar> retries;

    Healthcheck(ComposeMapping node, HealthTestForm form, Optional<ComposeNode> test, List<ComposeScalar> testArguments,
                Optional<ComposeScalar> disable, Optional<ComposeScalar> interval, Optional<ComposeScalar> timeout,
                Optional<ComposeScalar> startPeriod, Optional<ComposeScalar> startInterval,
                Optional<ComposeScalar> retries) {
        this.node = Objects.requireNonNull(node, "node");
        this.form = Objects.requireNonNull(form, "form");
        this.test = test;
        this.testArguments = List.copyOf(testArguments);
        this.disable = disable;
        this.interval = interval;
        this.timeout = timeout;
        this.startPeriod = startPeriod;
        this.startInterval = startInterval;
        this.retries = retries;
    }

    public ComposeMapping node() {
        return node;
    }

    public Span span() {
        return node.span();
    }

    public HealthTestForm form() {
        return form;
    }

    public Optional<ComposeNode> test() {
        return test;
    }

    public List<ComposeScalar> testArguments() {
        return testArguments;
    }

    /** {@code disable: true} or {@code test: ["NONE"]}. */
    public boolean isDisabled() {
        return form == HealthTestForm.NONE || (disable.isPresent() && disable.get().isTrue());
    }

    public Optional<ComposeScalar> disable() {
        return disable;
    }

    public Optional<ComposeScalar> interval() {
        return interval;
    }

    public Optional<ComposeScalar> timeout() {
        return timeout;
    }

    public Optional<ComposeScalar> startPeriod() {
        return startPeriod;
    }

    public Optional<ComposeScalar> startInterval() {
        return startInterval;
    }

    public Optional<ComposeScalar> retries() {
        return retries;
    }

    public Optional<Duration> intervalDuration() {
        return duration(interval);
    }

    public Optional<Duration> timeoutDuration() {
        return duration(timeout);
    }

    public Optional<Duration> startPeriodDuration() {
        return duration(startPeriod);
    }

    public Optional<Duration> startIntervalDuration() {
        return duration(startInterval);
    }

    public OptionalLong retriesCount() {
        return retries.isPresent() ? retries.get().asLong() : OptionalLong.empty();
    }

    private static Optional<Duration> duration(Optional<ComposeScalar> s) {
        return s.isPresent() ? s.get().asDuration() : Optional.<Duration>empty();
    }

    @Override
    public String toString() {
        return "Healthcheck[" + form + "]";
    }
}
