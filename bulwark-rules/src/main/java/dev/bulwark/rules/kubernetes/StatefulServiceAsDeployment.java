package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerKind;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A database, message broker, vector store, search engine or object store
 * ({@link ServiceRole#isStateful()}) run by a Deployment, ReplicaSet or ReplicationController.
 * Only a main container running the image's own server is judged: an init container, or a
 * container whose command runs a client or idles ({@code psql}, {@code redis-cli},
 * {@code sleep infinity}), uses the image as a toolbox.
 */
@RuleInfo(code = "KU036", name = "stateful-service-as-deployment", practice = Practice.ORCHESTRATION,
        severity = Severity.WARNING,
        summary = "A database, broker, vector store or object store runs as a Deployment instead of a StatefulSet.",
        fix = "Run it as a StatefulSet with `volumeClaimTemplates` and a headless Service, or use a managed service "
                + "or an operator.")
public final class StatefulServiceAsDeployment implements KubernetesRule {
    // Programs that use a server image as a client or keep the container idle.
    private static final Set<String> CLIENTS = Set.of("psql", "pg_isready", "pg_dump", "pg_dumpall", "pg_restore",
            "pg_basebackup", "mysql", "mysqladmin", "mysqldump", "mariadb", "mariadb-admin", "mariadb-dump",
            "redis-cli", "valkey-cli", "mongosh", "mongo", "mongodump", "mongorestore", "cqlsh", "cypher-shell", "mc",
            "kafka-topics", "kafka-topics.sh", "kafka-console-producer.sh", "kafka-console-consumer.sh",
            "rabbitmqadmin", "rabbitmqctl", "etcdctl", "nats", "curl", "wget", "sleep", "tail", "true", "echo", "cat");

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || !isDeploymentLike(object.knownKind())) {
                continue;
            }
            for (PodTemplate template : object.podTemplates()) {
                for (Container container : template.containers()) {
                    if (container.kind() != ContainerKind.MAIN || runsClient(container)) {
                        continue;
                    }
                    Optional<ImageName> image = ContainerImages.running(container, ctx.set());
                    if (image.isEmpty()) {
                        continue;
                    }
                    Optional<KnownImages.Known> known = KnownImages.of(image.get());
                    if (known.isEmpty() || !known.get().role().isStateful()) {
                        continue;
                    }
                    Field at = container.image().get();
                    sink.report(at.valueSpan(), known.get().role().description() + " `" + known.get().name()
                            + "` runs in " + object.displayName(), container.span(), Owned.name(container));
                }
            }
        }
    }

    private static boolean isDeploymentLike(KnownKind kind) {
        return kind == KnownKind.DEPLOYMENT || kind == KnownKind.REPLICA_SET || kind == KnownKind.REPLICATION_CONTROLLER;
    }

    /** True when the command (or an {@code sh -c} script) starts with a client or an idle program. */
    static boolean runsClient(Container container) {
        List<Field> command = container.command();
        if (command.isEmpty()) {
            return false;
        }
        String first = baseName(command.get(0).textOrEmpty().strip());
        if (isShell(first)) {
            String script = scriptOf(command, container.args());
            return CLIENTS.contains(baseName(firstWord(script)));
        }
        return CLIENTS.contains(first);
    }

    private static boolean isShell(String program) {
        return program.equals("sh") || program.equals("bash") || program.equals("ash") || program.equals("dash");
    }

    /** The text after {@code -c}: in {@code command}, else the first {@code args} item. */
    private static String scriptOf(List<Field> command, List<Field> args) {
        for (int i = 1; i < command.size(); i++) {
            if (command.get(i).textOrEmpty().startsWith("-") && command.get(i).textOrEmpty().contains("c")) {
                if (i + 1 < command.size()) {
                    return command.get(i + 1).textOrEmpty();
                }
                return args.isEmpty() ? "" : args.get(0).textOrEmpty();
            }
        }
        return "";
    }

    private static String firstWord(String script) {
        String s = script.strip();
        if (s.startsWith("exec ")) {
            s = s.substring(5).strip();
        }
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ';'
                && s.charAt(end) != '&' && s.charAt(end) != '|') {
            end++;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String program) {
        int slash = program.lastIndexOf('/');
        return slash < 0 ? program : program.substring(slash + 1);
    }
}
