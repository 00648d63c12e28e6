package dev.bulwark.workflow;

import dev.bulwark.core.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One job.
 *
 * @param id          the job's key
 * @param keyRange    where the key is
 * @param range       the job's mapping
 * @param needs       the jobs this one waits for ({@code needs:}; in GitLab also implied by stages, see
 *                    {@link Workflow#runsBefore})
 * @param stage       GitLab's {@code stage:}, empty in GitHub Actions
 * @param permissions the job's {@code permissions:}
 * @param env         {@code env:} (GitHub) or {@code variables:} (GitLab)
 * @param image       GitLab's {@code image:} or GitHub's {@code container:}
 * @param uses        a reusable workflow the job calls ({@code uses:} on the job)
 * @param steps       the steps in order
 */
public record Job(String id, TextRange keyRange, TextRange range, List<String> needs, String stage,
                  Optional<Value> permissions, Map<String, Value> env, Optional<Value> image,
                  Optional<ActionRef> uses, List<Step> steps) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keyRange, "keyRange");
        Objects.requireNonNull(range, "range");
        needs = List.copyOf(needs);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(permissions, "permissions");
        env = Map.copyOf(env);
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(uses, "uses");
        steps = List.copyOf(steps);
    }
}
