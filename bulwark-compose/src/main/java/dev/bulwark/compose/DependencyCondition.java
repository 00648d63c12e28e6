package dev.bulwark.compose;

/** The {@code condition} of a {@code depends_on} entry (NOTES 3.9). */
public enum DependencyCondition {
    /** {@code service_started}: the short form's meaning. */
    STARTED,
    /** {@code service_healthy}: the dependency must have a healthcheck and pass it. */
    HEALTHY,
    /** {@code service_completed_successfully}: the dependency must exit 0. */
    COMPLETED_SUCCESSFULLY,
    /** Any other value (a structure problem), or one depending on an unresolved variable. */
    UNKNOWN;

    static DependencyCondition of(String value) {
        switch (value) {
            case "service_started":
                return STARTED;
            case "service_healthy":
                return HEALTHY;
            case "service_completed_successfully":
                return COMPLETED_SUCCESSFULLY;
            default:
                return UNKNOWN;
        }
    }
}
