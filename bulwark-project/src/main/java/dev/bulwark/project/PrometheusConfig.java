package dev.bulwark.project;

import dev.bulwark.yaml.YamlDocument;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The targets a Prometheus configuration file ({@code prometheus.yml}: top-level
 * {@code scrape_configs}) names: each job's {@code static_configs[].targets} and
 * {@code dns_sd_configs[].names}. Service discovery that names no host (Kubernetes, Docker, file)
 * gives none; the rules read the annotations and labels those select on instead.
 */
public final class PrometheusConfig {
    private PrometheusConfig() {
    }

    /** A cheap look at the text before parsing it. */
    public static boolean mayBeOne(String text) {
        return text.contains("scrape_configs");
    }

    public static List<ScrapeTarget> targets(YamlFile yaml) {
        List<ScrapeTarget> out = new ArrayList<>();
        for (YamlDocument d : yaml.documents()) {
            if (!(d.root() instanceof YamlMapping root)) {
                continue;
            }
            for (YamlMapping job : mappings(root.get("scrape_configs"))) {
                String name = text(job.get("job_name")).orElse("");
                for (YamlMapping sc : mappings(job.get("static_configs"))) {
                    for (String t : strings(sc.get("targets"))) {
                        out.add(target(t, name, yaml.source().path()));
                    }
                }
                for (YamlMapping dns : mappings(job.get("dns_sd_configs"))) {
                    for (String n : strings(dns.get("names"))) {
                        out.add(target(n, name, yaml.source().path()));
                    }
                }
            }
        }
        return out;
    }

    // `host:port`, `host`, `[::1]:9090`; a scheme is not part of a target but is tolerated.
    private static ScrapeTarget target(String text, String job, String file) {
        String t = text.strip();
        int scheme = t.indexOf("://");
        if (scheme >= 0) {
            t = t.substring(scheme + 3);
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            t = t.substring(0, slash);
        }
        int colon = t.lastIndexOf(':');
        int port = -1;
        String host = t;
        if (colon > 0 && t.indexOf(']') < colon) {
            host = t.substring(0, colon);
            try {
                port = Integer.parseInt(t.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
        }
        return new ScrapeTarget(host, port, job, file);
    }

    private static List<YamlMapping> mappings(Optional<YamlNode> node) {
        List<YamlMapping> out = new ArrayList<>();
        if (node.isPresent() && node.get() instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlMapping m) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static List<String> strings(Optional<YamlNode> node) {
        List<String> out = new ArrayList<>();
        if (node.isPresent() && node.get() instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlScalar s && !s.isNull()) {
                    out.add(s.value());
                }
            }
        }
        return out;
    }

    private static Optional<String> text(Optional<YamlNode> node) {
        return node.isPresent() && node.get() instanceof YamlScalar s ? Optional.of(s.value()) : Optional.empty();
    }
}
