package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.Dependency;
import dev.bulwark.compose.DependencyCondition;
import dev.bulwark.compose.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a service needs a healthcheck, if it does: it publishes ports (something outside the
 * project talks to it) or another service waits for it to start. A service that others only wait
 * for to finish ({@code service_completed_successfully}: a migration, a model download) is a
 * one-shot job and needs none. Shared by {@code service-without-healthcheck} and
 * {@code healthcheck-disabled}.
 */
public final class HealthcheckNeed {
    private HealthcheckNeed() {
    }

    /** A phrase for the message ("publishes ports", "is a dependency of `api`"); empty when none is needed. */
    public static Optional<String> of(ComposeProject project, Service service) {
        if (!service.ports().isEmpty()) {
            return Optional.of("publishes ports");
        }
        List<String> waiting = new ArrayList<>();
        for (Service other : project.services()) {
            for (Dependency d : other.dependsOn()) {
                if (d.service().equals(service.name()) && !other.name().equals(service.name())
                        && d.condition() != DependencyCondition.COMPLETED_SUCCESSFULLY
                        && d.condition() != DependencyCondition.UNKNOWN) {
                    waiting.add(other.name());
                    break;
                }
            }
        }
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        String first = "`" + waiting.get(0) + "`";
        int more = waiting.size() - 1;
        return Optional.of("is a dependency of " + first + (more == 0 ? "" : " and " + more + " more"));
    }
}
