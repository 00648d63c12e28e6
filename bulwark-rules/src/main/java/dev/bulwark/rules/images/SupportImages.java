package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import java.util.Set;

/**
 * Images that support an application rather than being it: reverse proxies and gateways, the
 * monitoring stack itself (Prometheus, Grafana, exporters, collectors), admin UIs and documentation
 * sites, and user-interface frontends by name. Rules about
 * what an application should expose (its metrics) leave them alone; a proxy's traffic is the
 * application's behind it. Matched on the image's last path segment, so mirrors and publishers
 * ({@code bitnami/nginx}, {@code quay.io/prometheus/prometheus}) count.
 */
public final class SupportImages {
    private static final Set<String> NAMES = Set.of("nginx", "nginx-unprivileged", "openresty", "traefik", "envoy",
            "haproxy", "caddy", "httpd", "kong", "oauth2-proxy", "prometheus", "alertmanager", "pushgateway",
            "grafana", "grafana-oss", "loki", "promtail", "tempo", "mimir", "alloy", "agent", "jaeger",
            "all-in-one", "zipkin", "opentelemetry-collector", "opentelemetry-collector-contrib",
            "otel-collector", "cadvisor", "victoria-metrics", "vmagent", "telegraf", "fluentd", "fluent-bit",
            "vector", "pgadmin4", "adminer", "phpmyadmin", "portainer", "kafka-ui", "mongo-express",
            "redis-commander", "redisinsight", "mailhog", "mailpit", "flower", "busybox", "netshoot", "gce-proxy",
            "cloud-sql-proxy", "kube-rbac-proxy",
            // Documentation sites served while writing them.
            "hugo", "docsy-example", "mkdocs", "mkdocs-material", "jekyll");
    // Words of a service or image name that say it is the user interface in front of the service
    // that serves (`chatqna-xeon-ui-server`, `docsum-gradio-ui`, `web-frontend`).
    private static final Set<String> FRONTEND_WORDS = Set.of("ui", "gui", "webui", "frontend");

    private SupportImages() {
    }

    /** Whether a service or image name says it is a user interface ({@code ui}, {@code frontend} as a word). */
    public static boolean isFrontendName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i == lower.length() || lower.charAt(i) == '-' || lower.charAt(i) == '_' || lower.charAt(i) == '.'
                    || lower.charAt(i) == '/') {
                if (FRONTEND_WORDS.contains(lower.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    public static boolean isSupport(ImageName image) {
        String path = image.familiarName();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return NAMES.contains(last) || last.endsWith("-exporter") || last.endsWith("_exporter");
    }
}
