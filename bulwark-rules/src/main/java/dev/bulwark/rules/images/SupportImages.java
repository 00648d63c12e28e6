package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import java.util.Set;

/**
 * Images that support an application rather than being it: reverse proxies and gateways, the
 * monitoring stack itself (Prometheus, Grafana, exporters, collectors) and admin UIs. Rules about
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
            "cloud-sql-proxy", "kube-rbac-proxy");

    private SupportImages() {
    }

    public static boolean isSupport(ImageName image) {
        String path = image.familiarName();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return NAMES.contains(last) || last.endsWith("-exporter") || last.endsWith("_exporter");
    }
}
