package dev.bulwark.rules.images;

/**
 * What a well-known image runs, as far as deployment rules care: whether it keeps state, whether
 * it should be reachable only from inside the deployment, whether it serves models.
 */
public enum ServiceRole {
    DATABASE("database"),
    CACHE("cache"),
    MESSAGE_BROKER("message broker"),
    VECTOR_STORE("vector store"),
    SEARCH_ENGINE("search engine"),
    OBJECT_STORE("object store"),
    NOTEBOOK("notebook server"),
    EXPERIMENT_TRACKING("experiment tracking server"),
    RAY_CLUSTER("Ray cluster"),
    MODEL_SERVER("model server");

    private final String description;

    ServiceRole(String description) {
        this.description = description;
    }

    /** A noun phrase for messages: "database", "vector store". */
    public String description() {
        return description;
    }

    /** Keeps data that must outlive the container: a volume belongs at its data directory. */
    public boolean isStateful() {
        return this == DATABASE || this == MESSAGE_BROKER || this == VECTOR_STORE || this == SEARCH_ENGINE
                || this == OBJECT_STORE;
    }

    /**
     * A back-end that clients inside the deployment use and that should not be published to every
     * network interface of the host: data stores, brokers, and the tool UIs that execute code or
     * expose experiment data without authentication by default (Jupyter, MLflow, TensorBoard, Ray).
     */
    public boolean isInternal() {
        return this != MODEL_SERVER;
    }
}
