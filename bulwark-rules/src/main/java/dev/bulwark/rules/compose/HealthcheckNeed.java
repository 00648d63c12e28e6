package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.Dependency;
import dev.bulwark.compose.DependencyCondition;
import dev.bulwark.compose.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a service needs a healthcheck, if it does: it publishes ports (something outside the
 * project talks to it) or another service waits for it to start or to be healthy. A service that
 * others only wait for to finish ({@code service_completed_successfully}: a migration, a model
 * download) is a one-shot job and needs none. Shared by {@code service-without-healthcheck} and
 * {@code healthcheck-disabled}; built once per project.
 */
public final class HealthcheckNeed {
    // Service name to the services that wait for it to start or be healthy, in file order.
    private final Map<String, List<String>> waiting = new HashMap<>();

    private HealthcheckNeed(ComposeProject project) {
        for (Service other : project.services()) {
            for (Dependency d : other.dependsOn()) {
                if (d.service().equals(other.name()) || d.condition() == DependencyCondition.COMPLETED_SUCCESSFULLY
                        || d.condition() == DependencyCondition.UNKNOWN) {
                    continue;
                }
                List<String> names = waiting.get(d.service());
                if (names == null) {
                    names = new ArrayList<>();
                    waiting.put(d.service(), names);
                }
                if (!names.contains(other.name())) {
                    names.add(other.name());
                }
            }
        }
    }

    public static HealthcheckNeed of(ComposeProject project) {
        return new HealthcheckNeed(project);
    }

    /** A phrase for the message ("publishes ports", "is a dependency of `api`"); empty when none is needed. */
    public Optional<String> reason(Service service) {
        if (!service.ports().isEmpty()) {
            return Optional.of("publishes ports");
        }
        List<String> names = waiting.get(service.name());
        if (names == null || names.isEmpty()) {
            return Optional.empty();
        }
        int more = names.size() - 1;
        return Optional.of("is a dependency of `" + names.get(0) + "`" + (more == 0 ? "" : " and " + more + " more"));
    }
}
