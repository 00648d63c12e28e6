package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What public images are, read from their documentation: the role they play, where they keep
 * their data, and which environment variables they also accept as {@code <NAME>_FILE} (the
 * convention of the official database images' entrypoints, so a password can come from a secret
 * file). Deployment rules for Compose and Kubernetes ask here; an image not in the table is
 * unknown and rules stay silent about it. An image is matched by its familiar name
 * ({@code postgres}, {@code qdrant/qdrant}, {@code ghcr.io/mlflow/mlflow}), by a mirror of a Docker
 * Hub official image ({@code public.ecr.aws/docker/library/postgres}), or by a name prefix where a
 * publisher has a family of images ({@code jupyter/}).
 */
public final class KnownImages {

    /**
     * One image family. {@code dataDirectories} are where it writes what must persist (the first is
     * the documented one); {@code fileVariables} maps a variable to its {@code _FILE} form.
     */
    public record Known(String name, ServiceRole role, List<String> dataDirectories,
                        Map<String, String> fileVariables) {
    }

    private static final List<String> NONE = List.of();
    private static final Map<String, String> NO_FILES = Map.of();

    // The official postgres entrypoint reads POSTGRES_{PASSWORD,USER,DB,INITDB_ARGS}_FILE; images
    // built on it (pgvector, PostGIS, TimescaleDB) keep that entrypoint. Since PostgreSQL 18 the
    // data directory moved below /var/lib/postgresql, which also holds the older data/ folder.
    private static final List<String> POSTGRES_DATA = List.of("/var/lib/postgresql/data", "/var/lib/postgresql");
    private static final Map<String, String> POSTGRES_FILES = Map.of(
            "POSTGRES_PASSWORD", "POSTGRES_PASSWORD_FILE", "POSTGRES_USER", "POSTGRES_USER_FILE",
            "POSTGRES_DB", "POSTGRES_DB_FILE");
    private static final Map<String, String> MYSQL_FILES = Map.of(
            "MYSQL_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD_FILE", "MYSQL_PASSWORD", "MYSQL_PASSWORD_FILE",
            "MYSQL_USER", "MYSQL_USER_FILE", "MYSQL_DATABASE", "MYSQL_DATABASE_FILE");
    private static final Map<String, String> MARIADB_FILES = Map.of(
            "MARIADB_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD_FILE", "MARIADB_PASSWORD", "MARIADB_PASSWORD_FILE",
            "MARIADB_USER", "MARIADB_USER_FILE", "MYSQL_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD_FILE",
            "MYSQL_PASSWORD", "MYSQL_PASSWORD_FILE");
    private static final Map<String, String> MONGO_FILES = Map.of(
            "MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_USERNAME_FILE",
            "MONGO_INITDB_ROOT_PASSWORD", "MONGO_INITDB_ROOT_PASSWORD_FILE");
    private static final Map<String, String> MINIO_FILES = Map.of(
            "MINIO_ROOT_USER", "MINIO_ROOT_USER_FILE", "MINIO_ROOT_PASSWORD", "MINIO_ROOT_PASSWORD_FILE");

    private static final List<Known> EXACT = List.of(
            known("postgres", ServiceRole.DATABASE, POSTGRES_DATA, POSTGRES_FILES),
            known("pgvector/pgvector", ServiceRole.DATABASE, POSTGRES_DATA, POSTGRES_FILES),
            known("ankane/pgvector", ServiceRole.DATABASE, POSTGRES_DATA, POSTGRES_FILES),
            known("postgis/postgis", ServiceRole.DATABASE, POSTGRES_DATA, POSTGRES_FILES),
            known("timescale/timescaledb", ServiceRole.DATABASE, POSTGRES_DATA, POSTGRES_FILES),
            known("bitnami/postgresql", ServiceRole.DATABASE, List.of("/bitnami/postgresql"), NO_FILES),
            known("mysql", ServiceRole.DATABASE, List.of("/var/lib/mysql"), MYSQL_FILES),
            known("mariadb", ServiceRole.DATABASE, List.of("/var/lib/mysql"), MARIADB_FILES),
            known("bitnami/mysql", ServiceRole.DATABASE, List.of("/bitnami/mysql"), NO_FILES),
            known("bitnami/mariadb", ServiceRole.DATABASE, List.of("/bitnami/mariadb"), NO_FILES),
            known("mongo", ServiceRole.DATABASE, List.of("/data/db"), MONGO_FILES),
            known("bitnami/mongodb", ServiceRole.DATABASE, List.of("/bitnami/mongodb"), NO_FILES),
            known("neo4j", ServiceRole.DATABASE, List.of("/data"), NO_FILES),
            known("arangodb", ServiceRole.DATABASE, List.of("/var/lib/arangodb3"), NO_FILES),
            known("arangodb/arangodb", ServiceRole.DATABASE, List.of("/var/lib/arangodb3"), NO_FILES),
            known("cassandra", ServiceRole.DATABASE, List.of("/var/lib/cassandra"), NO_FILES),
            known("clickhouse/clickhouse-server", ServiceRole.DATABASE, List.of("/var/lib/clickhouse"), NO_FILES),
            known("couchdb", ServiceRole.DATABASE, List.of("/opt/couchdb/data"), NO_FILES),
            known("influxdb", ServiceRole.DATABASE, List.of("/var/lib/influxdb2", "/var/lib/influxdb"), NO_FILES),
            known("quay.io/coreos/etcd", ServiceRole.DATABASE, NONE, NO_FILES),
            known("bitnami/etcd", ServiceRole.DATABASE, List.of("/bitnami/etcd"), NO_FILES),
            known("redis", ServiceRole.CACHE, List.of("/data"), NO_FILES),
            known("redis/redis-stack", ServiceRole.CACHE, List.of("/data"), NO_FILES),
            known("redis/redis-stack-server", ServiceRole.CACHE, List.of("/data"), NO_FILES),
            known("bitnami/redis", ServiceRole.CACHE, List.of("/bitnami/redis/data"), NO_FILES),
            known("valkey/valkey", ServiceRole.CACHE, List.of("/data"), NO_FILES),
            known("memcached", ServiceRole.CACHE, NONE, NO_FILES),
            known("rabbitmq", ServiceRole.MESSAGE_BROKER, List.of("/var/lib/rabbitmq"), NO_FILES),
            known("bitnami/rabbitmq", ServiceRole.MESSAGE_BROKER, List.of("/bitnami/rabbitmq/mnesia"), NO_FILES),
            known("apache/kafka", ServiceRole.MESSAGE_BROKER, List.of("/var/lib/kafka/data"), NO_FILES),
            known("bitnami/kafka", ServiceRole.MESSAGE_BROKER, List.of("/bitnami/kafka"), NO_FILES),
            known("confluentinc/cp-kafka", ServiceRole.MESSAGE_BROKER, List.of("/var/lib/kafka/data"), NO_FILES),
            known("zookeeper", ServiceRole.MESSAGE_BROKER, List.of("/data", "/datalog"), NO_FILES),
            known("confluentinc/cp-zookeeper", ServiceRole.MESSAGE_BROKER,
                    List.of("/var/lib/zookeeper/data", "/var/lib/zookeeper"), NO_FILES),
            known("nats", ServiceRole.MESSAGE_BROKER, NONE, NO_FILES),
            known("eclipse-mosquitto", ServiceRole.MESSAGE_BROKER, List.of("/mosquitto/data"), NO_FILES),
            known("qdrant/qdrant", ServiceRole.VECTOR_STORE, List.of("/qdrant/storage"), NO_FILES),
            known("milvusdb/milvus", ServiceRole.VECTOR_STORE, List.of("/var/lib/milvus"), NO_FILES),
            // Chroma 0.x kept its data in /chroma/chroma, 1.x in /data.
            known("chromadb/chroma", ServiceRole.VECTOR_STORE, List.of("/chroma/chroma", "/data"), NO_FILES),
            known("ghcr.io/chroma-core/chroma", ServiceRole.VECTOR_STORE, List.of("/chroma/chroma", "/data"), NO_FILES),
            known("semitechnologies/weaviate", ServiceRole.VECTOR_STORE, List.of("/var/lib/weaviate"), NO_FILES),
            known("cr.weaviate.io/semitechnologies/weaviate", ServiceRole.VECTOR_STORE, List.of("/var/lib/weaviate"),
                    NO_FILES),
            known("elasticsearch", ServiceRole.SEARCH_ENGINE, List.of("/usr/share/elasticsearch/data"), NO_FILES),
            known("docker.elastic.co/elasticsearch/elasticsearch", ServiceRole.SEARCH_ENGINE,
                    List.of("/usr/share/elasticsearch/data"), NO_FILES),
            known("opensearchproject/opensearch", ServiceRole.SEARCH_ENGINE, List.of("/usr/share/opensearch/data"),
                    NO_FILES),
            known("getmeili/meilisearch", ServiceRole.SEARCH_ENGINE, List.of("/meili_data"), NO_FILES),
            known("typesense/typesense", ServiceRole.SEARCH_ENGINE, List.of("/data"), NO_FILES),
            known("minio/minio", ServiceRole.OBJECT_STORE, List.of("/data"), MINIO_FILES),
            known("quay.io/minio/minio", ServiceRole.OBJECT_STORE, List.of("/data"), MINIO_FILES),
            known("bitnami/minio", ServiceRole.OBJECT_STORE, List.of("/bitnami/minio/data"), NO_FILES),
            known("jupyterhub/jupyterhub", ServiceRole.NOTEBOOK, NONE, NO_FILES),
            known("ghcr.io/mlflow/mlflow", ServiceRole.EXPERIMENT_TRACKING, NONE, NO_FILES),
            known("rayproject/ray", ServiceRole.RAY_CLUSTER, NONE, NO_FILES),
            known("rayproject/ray-ml", ServiceRole.RAY_CLUSTER, NONE, NO_FILES),
            known("vllm/vllm-openai", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("ghcr.io/huggingface/text-generation-inference", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("ghcr.io/huggingface/text-embeddings-inference", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("nvcr.io/nvidia/tritonserver", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("pytorch/torchserve", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("tensorflow/serving", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("ollama/ollama", ServiceRole.MODEL_SERVER, List.of("/root/.ollama"), NO_FILES),
            known("lmsysorg/sglang", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("openvino/model_server", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("seldonio/mlserver", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("localai/localai", ServiceRole.MODEL_SERVER, NONE, NO_FILES),
            known("michaelf34/infinity", ServiceRole.MODEL_SERVER, NONE, NO_FILES));

    // Publishers whose every image plays one role: the Jupyter Docker Stacks, NVIDIA NIM.
    private static final List<Known> PREFIXES = List.of(
            known("jupyter/", ServiceRole.NOTEBOOK, NONE, NO_FILES),
            known("quay.io/jupyter/", ServiceRole.NOTEBOOK, NONE, NO_FILES),
            known("nvcr.io/nim/", ServiceRole.MODEL_SERVER, NONE, NO_FILES));

    // Images whose server runs as a dedicated non-root user that owns the data directory: the
    // entrypoint starts as root and hands the directory to that user (postgres, mysql, mongo via
    // gosu), or the image runs as that user from the start and expects the directory to be its own
    // (Elasticsearch, OpenSearch and Kafka as UID 1000, every Bitnami image as UID 1001). A host
    // directory bind-mounted there ends up owned by, or must first be given to, that UID.
    private static final Set<String> SERVICE_USER_OWNS_DATA = Set.of("postgres",
            "pgvector/pgvector", "ankane/pgvector", "postgis/postgis", "timescale/timescaledb", "mysql", "mariadb",
            "mongo", "neo4j", "cassandra", "clickhouse/clickhouse-server", "couchdb", "influxdb", "rabbitmq",
            "apache/kafka", "confluentinc/cp-kafka", "zookeeper", "confluentinc/cp-zookeeper", "eclipse-mosquitto",
            "elasticsearch", "docker.elastic.co/elasticsearch/elasticsearch", "opensearchproject/opensearch");

    private KnownImages() {
    }

    /**
     * True when the image's server runs as a dedicated non-root user that owns its data
     * directories (see {@link #SERVICE_USER_OWNS_DATA}), so a bind-mounted host directory there
     * changes owner or must be prepared for that user.
     */
    public static boolean serviceUserOwnsData(Known known) {
        return SERVICE_USER_OWNS_DATA.contains(known.name()) || known.name().startsWith("bitnami/");
    }

    /** The entry for an image written as text (after interpolation); empty when unknown or invalid. */
    public static Optional<Known> of(String image) {
        ImageReference ref = ImageReference.parse(image.strip());
        return ref instanceof ImageName name ? of(name) : Optional.empty();
    }

    public static Optional<Known> of(ImageName image) {
        String familiar = image.familiarName();
        for (int i = 0; i < EXACT.size(); i++) {
            Known k = EXACT.get(i);
            if (k.name().equals(familiar) || isMirrorOf(image, k.name())) {
                return Optional.of(k);
            }
        }
        for (int i = 0; i < PREFIXES.size(); i++) {
            Known k = PREFIXES.get(i);
            if (familiar.startsWith(k.name())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public static Optional<ServiceRole> role(ImageName image) {
        Optional<Known> k = of(image);
        return k.isPresent() ? Optional.of(k.get().role()) : Optional.empty();
    }

    // A Docker Hub official image pulled through a mirror keeps `library/<name>` at the end of its
    // path: public.ecr.aws/docker/library/postgres, mirror.gcr.io/library/redis.
    private static boolean isMirrorOf(ImageName image, String officialName) {
        if (officialName.indexOf('/') >= 0 || image.isDockerHub()) {
            return false;
        }
        String path = image.path();
        return path.endsWith("/library/" + officialName) || path.equals("library/" + officialName);
    }

    private static Known known(String name, ServiceRole role, List<String> dataDirectories,
                               Map<String, String> fileVariables) {
        return new Known(name, role, dataDirectories, fileVariables);
    }
}
