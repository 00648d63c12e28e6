package dev.bulwark.workflow;

import dev.bulwark.core.TextRange;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a job. In GitHub Actions a step either {@code uses:} an action or has a
 * {@code run:} script; in GitLab CI every line of {@code before_script}, {@code script} and
 * {@code after_script} is a step with a script (in that order: the order they run in).
 *
 * @param index           0-based position in the job
 * @param range           the step's mapping (GitHub) or script line (GitLab)
 * @param name            {@code name:} or {@code id:}, empty when neither
 * @param uses            the action, when the step uses one
 * @param with            the action's inputs
 * @param run             the script, when the step runs one in a POSIX shell
 * @param env             the step's environment
 * @param continueOnError {@code continue-on-error:} (GitHub) or the job's {@code allow_failure:} (GitLab)
 * @param ifCondition     {@code if:}
 */
public record Step(int index, TextRange range, String name, Optional<ActionRef> uses, Map<String, Value> with,
                   Optional<Script> run, Map<String, Value> env, Optional<Value> continueOnError,
                   Optional<Value> ifCondition) {

    public Step {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uses, "uses");
        with = Map.copyOf(with);
        Objects.requireNonNull(run, "run");
        env = Map.copyOf(env);
        Objects.requireNonNull(continueOnError, "continueOnError");
        Objects.requireNonNull(ifCondition, "ifCondition");
    }

    /** Whether the step uses the repository action {@code action} ({@code docker/build-push-action}). */
    public boolean uses(String action) {
        return uses.isPresent() && uses.get().is(action);
    }

    /** An input of the action. */
    public Optional<Value> input(String name) {
        return Optional.ofNullable(with.get(name));
    }

    /** {@code continue-on-error: true}: a failure of the step never fails the job. */
    public boolean failureIgnored() {
        return continueOnError.isPresent() && continueOnError.get().isTrue();
    }
}
