package dev.bulwark.rules.kubernetes;

import java.util.Set;

/**
 * Host paths that hand a container the node's container runtime: the Docker, containerd, CRI-O
 * and Podman sockets, and the folders that hold them ({@code /var/run} is {@code /run}, where
 * every runtime puts its socket). Whoever can talk to the runtime can start a privileged
 * container on the node.
 */
final class RuntimeSockets {
    private static final Set<String> SOCKETS = Set.of("/var/run/docker.sock", "/run/docker.sock",
            "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock", "/var/run/crio/crio.sock",
            "/run/crio/crio.sock", "/var/run/cri-dockerd.sock", "/run/cri-dockerd.sock", "/var/run/dockershim.sock",
            "/run/podman/podman.sock", "/var/run/podman/podman.sock", "/var/snap/microk8s/common/run/containerd.sock",
            "/run/k3s/containerd/containerd.sock");
    private static final Set<String> FOLDERS = Set.of("/var/run", "/run", "/var/run/containerd", "/run/containerd",
            "/var/run/crio", "/run/crio", "/var/run/docker", "/run/docker", "/run/k3s/containerd");

    private RuntimeSockets() {
    }

    /** True for a host path that is a runtime socket or a folder that holds one. */
    static boolean exposesRuntime(String hostPath) {
        String p = hostPath.strip();
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return SOCKETS.contains(p) || FOLDERS.contains(p);
    }
}
