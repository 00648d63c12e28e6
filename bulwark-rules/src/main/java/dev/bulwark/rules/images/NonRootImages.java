package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;

/**
 * Images documented to run as a non-root user by default, so that a Dockerfile built on one, or a
 * pod that runs one, does not start its process as root without a {@code USER} or a
 * {@code runAsUser}. The list is short on purpose: an image not in it is assumed to run as root,
 * because most do.
 */
public final class NonRootImages {
    private NonRootImages() {
    }

    /** True for an image reference (as written) that is known to run as a non-root user. */
    public static boolean isKnownNonRoot(String image) {
        ImageReference ref = ImageReference.parse(image.strip());
        return ref instanceof ImageName name && isKnownNonRoot(name);
    }

    public static boolean isKnownNonRoot(ImageName image) {
        // Distroless `nonroot` tags run as 65532.
        boolean distrolessNonroot = image.tag().orElse("").contains("nonroot");
        // The Jupyter Docker Stacks run as `jovyan` (1000).
        boolean jupyterStacks = image.familiarName().startsWith("jupyter/")
                || image.name().startsWith("quay.io/jupyter/");
        // Chainguard images run as `nonroot` (65532); their `-dev` variants as root.
        boolean chainguard = image.name().startsWith("cgr.dev/chainguard/")
                && !image.tag().orElse("").endsWith("-dev");
        boolean unprivilegedNginx = image.familiarName().equals("nginxinc/nginx-unprivileged");
        // Ray's images run as `ray` (1000); KubeRay's operator and API server are distroless (65532).
        String name = image.familiarName();
        boolean ray = name.startsWith("rayproject/ray") || name.equals("kuberay/operator")
                || name.equals("kuberay/apiserver") || name.equals("quay.io/kuberay/operator")
                || name.equals("quay.io/kuberay/apiserver");
        // The Prometheus project's images run as `nobody`, Grafana's as `grafana` (472).
        boolean monitoring = name.startsWith("prom/") || name.startsWith("quay.io/prometheus/")
                || name.equals("grafana/grafana") || name.equals("grafana/grafana-oss");
        // Bitnami's application images run as 1001 (`minideb`, their base OS image, as root), and
        // `-rootless` tags (`moby/buildkit:v0.17.0-rootless`, `docker:27-dind-rootless`) as 1000.
        boolean bitnami = (name.startsWith("bitnami/") || name.startsWith("public.ecr.aws/bitnami/"))
                && !name.endsWith("/minideb");
        boolean rootless = image.tag().orElse("").contains("rootless");
        return distrolessNonroot || jupyterStacks || chainguard || unprivilegedNginx || ray || monitoring || bitnami
                || rootless;
    }
}
