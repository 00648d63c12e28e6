package dev.bulwark.kubernetes;

/** Splits {@code apiVersion} into group and version: {@code apps/v1} is group {@code apps}; {@code v1} is the core group {@code ""}. */
final class ApiVersions {

    private ApiVersions() {
    }

    static String group(String apiVersion) {
        int slash = apiVersion.lastIndexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    static String version(String apiVersion) {
        int slash = apiVersion.lastIndexOf('/');
        return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    }
}
