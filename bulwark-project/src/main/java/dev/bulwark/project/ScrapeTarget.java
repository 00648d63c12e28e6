package dev.bulwark.project;

/**
 * One target a Prometheus configuration scrapes by name: {@code api:8000} in a job's
 * {@code static_configs}, or a name its {@code dns_sd_configs} resolves ({@code port} -1 when the
 * target names none).
 */
public record ScrapeTarget(String host, int port, String job, String file) {
}
