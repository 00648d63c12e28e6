package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import java.util.Set;

/**
 * The Docker Hub official images ({@code docker.io/library/<name>}), current and deprecated. A
 * one-word image name outside this list ({@code chroma-postgres}, {@code gateway-plugins}) does not
 * exist on Docker Hub: it is an image built on the machine and loaded into the cluster by a
 * development tool (Tilt, Skaffold, {@code kind load}, minikube) or a name a tool substitutes, so
 * its tag says nothing about what a registry would serve.
 */
public final class OfficialImages {
    private static final Set<String> NAMES = Set.of(
            "adminer", "aerospike", "almalinux", "alpine", "alt", "amazoncorretto", "amazonlinux", "api-firewall",
            "arangodb", "archlinux", "backdrop", "bash", "bonita", "buildpack-deps", "busybox", "caddy", "cassandra",
            "centos", "chronograf", "cirros", "clearlinux", "clefos", "clickhouse", "clojure", "composer", "consul",
            "convertigo", "couchbase", "couchdb", "crate", "dart", "debian", "docker", "drupal", "eclipse-mosquitto",
            "eclipse-temurin", "eggdrop", "elasticsearch", "elixir", "emqx", "erlang", "express-gateway", "fedora",
            "flink", "fluentd", "friendica", "gazebo", "gcc", "geonetwork", "ghost", "golang", "gradle", "groovy",
            "haproxy", "haskell", "haxe", "hello-world", "hitch", "httpd", "hylang", "ibm-semeru-runtimes", "ibmjava",
            "influxdb", "irssi", "java", "jenkins", "jetty", "joomla", "jruby", "julia", "kapacitor", "kibana",
            "kong", "krakend", "liquibase", "logstash", "mageia", "mariadb", "matomo", "maven", "mediawiki",
            "memcached", "mongo", "mongo-express", "monica", "mono", "mysql", "nats", "neo4j", "neurodebian",
            "nextcloud", "nginx", "node", "notary", "nuxeo", "odoo", "open-liberty", "openjdk", "oraclelinux",
            "orientdb", "owncloud", "percona", "perl", "photon", "php", "php-zendserver", "phpmyadmin", "piwik",
            "plone", "postfixadmin", "postgres", "pypy", "python", "r-base", "rabbitmq", "rakudo-star", "redis",
            "redmine", "registry", "rethinkdb", "rocket.chat", "rockylinux", "ros", "ruby", "rust", "sapmachine",
            "satosa", "sentry", "silverpeas", "solr", "sonarqube", "sourcemage", "spark", "spiped", "storm", "swarm",
            "swift", "swipl", "teamspeak", "telegraf", "tomcat", "tomee", "traefik", "ubuntu", "unit", "valkey",
            "varnish", "vault", "websphere-liberty", "wordpress", "xwiki", "yourls", "znc", "zookeeper");

    private OfficialImages() {
    }

    /** True for {@code docker.io/library/<name>} where Docker Hub publishes {@code <name>}. */
    public static boolean isOfficial(ImageName image) {
        return image.isOfficialImage() && NAMES.contains(image.familiarName());
    }

    /**
     * True for a one-word name (Docker Hub's {@code library/} namespace) that Docker Hub does not
     * publish: an image built and loaded locally, or a name a tool replaces.
     */
    public static boolean isLocalBuildName(ImageName image) {
        return image.isOfficialImage() && !NAMES.contains(image.familiarName());
    }
}
