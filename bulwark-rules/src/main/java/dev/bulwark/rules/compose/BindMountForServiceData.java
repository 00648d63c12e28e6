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
 * A host directory bind-mounted at (or above) the data directory of a stateful image whose server
 * runs as its own non-root user ({@link KnownImages#serviceUserOwnsData}: PostgreSQL, MySQL,
 * MongoDB, Elasticsearch, Bitnami images...), where a named volume is meant: the entrypoint hands
 * the host directory to the image's UID (files then belong to an unknown user on the host), or the
 * server fails with "permission denied" when the directory is not prepared for that UID; a path
 * that is missing is created empty by root; Compose cannot list, back up or remove the data as a
 * project resource. A named volume is created with the right owner. Images that run as root
 * (MinIO, Milvus, Qdrant) are not judged: a bind mount works for them as well.
 */
@RuleInfo(code = "DC052", name = "bind-mount-for-service-data", practice = Practice.DATA_VOLUMES,
        severity = Severity.INFO,
        summary = "A database, broker or search engine that runs as its own user keeps its data in a bind-mounted host directory.",
        fix = "Use a named volume: `pgdata:/var/lib/postgresql/data`, declared under top-level `volumes:`.")
public final class BindMountForServiceData implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<KnownImages.Known> known = ServiceImages.known(service);
            if (known.isEmpty() || !known.get().role().isStateful() || !KnownImages.serviceUserOwnsData(known.get())) {
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
                                + "` (`" + m.target() + "`), which the image's own user owns");
                        break;
                    }
                }
            }
        }
    }
}
