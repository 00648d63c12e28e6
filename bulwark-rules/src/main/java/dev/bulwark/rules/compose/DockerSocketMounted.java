package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.compose.VolumeMount;
import dev.bulwark.compose.VolumeType;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Map;
import java.util.Set;

/**
 * The socket of the Docker daemon (or another container runtime: containerd, Podman, CRI-O)
 * mounted into a service, directly or through its directory ({@code /var/run}, {@code /run}), or
 * the Windows named pipe {@code \\.\pipe\docker_engine}. Read-only ({@code :ro}) changes nothing:
 * the API is used over the socket, not by writing the file.
 */
@RuleInfo(code = "DC028", name = "docker-socket-mounted", practice = Practice.SECURITY,
        severity = Severity.ERROR,
        summary = "A service mounts the Docker (or another container runtime's) socket.",
        fix = "Remove the socket mount; if a tool must talk to Docker, put a filtering proxy in front of the socket that allows only the calls it needs.",
        aliases = {"d6355c88-1e8d-49e9-b2f2-f8a1ca12c75b"})
public final class DockerSocketMounted implements ComposeRule {
    private static final Map<String, String> SOCKETS = Map.of("docker.sock", "Docker", "containerd.sock", "containerd",
            "podman.sock", "Podman", "crio.sock", "CRI-O", "cri-dockerd.sock", "cri-dockerd");
    // Directories that hold the sockets above on Linux hosts.
    private static final Set<String> SOCKET_DIRECTORIES = Set.of("/var/run", "/run", "/var/run/docker", "/run/docker",
            "/run/containerd", "/var/run/containerd", "/run/podman", "/var/run/podman");

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            for (VolumeMount m : service.volumes()) {
                if (m.isUnresolved()) {
                    continue;
                }
                String what = mountedSocket(m);
                if (!what.isEmpty()) {
                    ServiceFindings.report(sink, service, m.sourceSpan(),
                            "service `" + service.name() + "` mounts " + what);
                }
            }
        }
    }

    /** How the message names what is mounted, or "" when it is no runtime socket. */
    private static String mountedSocket(VolumeMount m) {
        String source = m.source().strip();
        while (source.length() > 1 && source.endsWith("/")) {
            source = source.substring(0, source.length() - 1);
        }
        if (m.type() == VolumeType.NPIPE || source.startsWith("\\\\.\\pipe\\") || source.startsWith("//./pipe/")) {
            return source.endsWith("docker_engine") ? "the Docker engine's named pipe `" + source + "`" : "";
        }
        if (m.type() != VolumeType.BIND) {
            return "";
        }
        String runtime = SOCKETS.get(source.substring(source.lastIndexOf('/') + 1));
        if (runtime != null) {
            return "the " + runtime + " socket `" + source + "`";
        }
        if (SOCKET_DIRECTORIES.contains(source)) {
            return "`" + source + "`, which holds the container runtime's socket";
        }
        return "";
    }
}
