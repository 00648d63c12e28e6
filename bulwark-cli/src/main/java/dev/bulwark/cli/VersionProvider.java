package dev.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The project version, for {@code --version} and the reports. Run from the jar, it is the
 * manifest's {@code Implementation-Version}, which the JVM already holds (the class-data-sharing
 * archive keeps the manifest too); looking up a resource instead would open the jar and the JDK's
 * module image, several milliseconds of a one-file check. Run from a classes directory (tests),
 * there is no manifest, and {@code version.properties}, filtered at build time, says the same.
 */
final class VersionProvider {
    private VersionProvider() {
    }

    static String version() {
        Package pkg = VersionProvider.class.getPackage();
        String fromManifest = pkg == null ? null : pkg.getImplementationVersion();
        return fromManifest != null ? fromManifest : fromResource();
    }

    /** The line {@code --version} prints. */
    static String versionLine() {
        return "bulwark " + version();
    }

    private static String fromResource() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the bulwark-cli jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
