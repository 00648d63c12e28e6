package dev.bulwark.rules.compose;

import dev.bulwark.compose.EnvFileRef;
import dev.bulwark.compose.Mount;
import dev.bulwark.compose.ResolvedEnvVar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.setups.Setup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stateful image ({@link KnownImages}: databases, brokers, vector stores, search engines, object
 * stores) with no named volume, bind mount or tmpfs at, above or below its data directory. Its data
 * then lives in the container's writable layer, or in an anonymous volume when the image declares
 * one, which {@code docker compose down -v} and {@code docker compose rm -v} delete, which a new
 * project name does not find, and which nobody backs up. A data directory moved by the command or
 * the environment, {@code env_file} included ({@code --dir /redis-data}, {@code PGDATA}), counts
 * when a mount is there; {@code volumes_from} is trusted, and a service whose env file could not be
 * read is not judged, nor services defined in a test file ({@link Setup#TEST}), whose databases are
 * thrown away on purpose.
 */
@RuleInfo(code = "DC051", name = "stateful-data-not-persisted", practice = Practice.DATA_VOLUMES,
        severity = Severity.WARNING,
        summary = "A database, broker or vector store has no volume at its data directory.",
        fix = "Mount a named volume at the data directory: `volumes: [pgdata:/var/lib/postgresql/data]`, declared under top-level `volumes:`.")
public final class StatefulDataNotPersisted implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (ctx.partial()) {
            return;
        }
        for (Service service : ctx.project().services()) {
            Optional<KnownImages.Known> known = ServiceImages.known(service);
            if (known.isEmpty() || !known.get().role().isStateful() || known.get().dataDirectories().isEmpty()
                    || Setup.of(service.nameSpan().path()) == Setup.TEST
                    || service.get("volumes_from").isPresent() || !envFilesRead(service)
                    || isPersisted(service, known.get())) {
                continue;
            }
            sink.report(service.nameSpan(), known.get().role().description() + " " + ServiceImages.display(service)
                    + " of service `" + service.name() + "` keeps its data in `" + known.get().dataDirectories().get(0)
                    + "`, which has no volume");
        }
    }

    private static boolean isPersisted(Service service, KnownImages.Known known) {
        List<String> moved = movedDataPaths(service);
        for (Mount m : service.mounts()) {
            for (String dir : known.dataDirectories()) {
                if (ContainerPaths.overlaps(m.target(), dir)) {
                    return true;
                }
            }
            for (String path : moved) {
                if (ContainerPaths.isAtOrAbove(m.target(), path)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Directories the command or the environment may have moved the data to: absolute paths that
     * look like directories (no {@code .} in the last component, so {@code /etc/mongod.conf} is not
     * one), written as a word, an option value ({@code --dir=/data}) or a variable's value.
     */
    private static List<String> movedDataPaths(Service service) {
        List<String> out = new ArrayList<>();
        for (List<String> argv : ServiceCommands.invocations(service)) {
            for (String word : argv) {
                int eq = word.indexOf('=');
                addDirectory(eq >= 0 ? word.substring(eq + 1) : word, out);
            }
        }
        for (ResolvedEnvVar v : service.resolvedEnvironment().values()) {
            if (!v.isUnresolved()) {
                addDirectory(v.value(), out);
            }
        }
        return out;
    }

    // An env file that is not there (often made by the user from an example) may move the data
    // directory (PGDATA, PERSIST_DIRECTORY).
    private static boolean envFilesRead(Service service) {
        for (EnvFileRef f : service.envFiles()) {
            if (f.source().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void addDirectory(String text, List<String> out) {
        String t = text.strip();
        if (t.startsWith("/") && t.length() > 1 && t.indexOf(' ') < 0 && t.substring(t.lastIndexOf('/') + 1).indexOf('.') < 0) {
            out.add(t);
        }
    }
}
