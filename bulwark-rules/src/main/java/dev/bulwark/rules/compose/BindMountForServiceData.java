package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.compose.VolumeMount;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import java.util.Optional;

/**
 * A host directory bind-mounted at (or above) the data directory of a stateful image
 * ({@link KnownImages}) where a named volume is meant: the database's entrypoint changes the
 * ownership of the host directory to its own UID, files then belong to an unknown user on the
 * host, a path that is missing is created empty by root, bind mounts are slow on Docker Desktop,
 * and Compose cannot list, back up or remove the data as a project resource. Docker's storage
 * documentation recommends volumes for a container's persistent data.
 */
@RuleInfo(code = "DC052", name = "bind-mount-for-service-data", practice = Practice.DATA_VOLUMES,
        severity = Severity.INFO,
        summary = "A database, broker or vector store keeps its data in a bind-mounted host directory instead of a named volume.",
        fix = "Use a named volume: `pgdata:/var/lib/postgresql/data`, declared under top-level `volumes:`.")
public final class BindMountForServiceData implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<KnownImages.Known> known = ServiceImages.known(service);
            if (known.isEmpty() || !known.get().role().isStateful()) {
                continue;
            }
            for (VolumeMount m : service.volumes()) {
                if (!m.isBind() || m.isUnresolved()) {
                    continue;
                }
                for (String dir : known.get().dataDirectories()) {
                    if (!m.target().equals("/") && ContainerPaths.isAtOrAbove(m.target(), dir)) {
                        ServiceFindings.report(sink, service, m.sourceSpan(), "host directory `" + m.source()
                                + "` holds the data of " + known.get().role().description() + " `" + service.name()
                                + "` (`" + m.target() + "`)");
                        break;
                    }
                }
            }
        }
    }
}
