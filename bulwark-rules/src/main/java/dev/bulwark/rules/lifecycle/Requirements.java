package dev.bulwark.rules.lifecycle;

import java.util.Locale;

/**
 * Exact pip pins of the frameworks the end-of-life table knows: {@code torch==1.13.1},
 * {@code tensorflow-gpu==2.4.0}, {@code jax[cuda]==0.3.25}. Ranges, wildcards and direct
 * references pin no release and yield nothing.
 */
public final class Requirements {
    private Requirements() {
    }

    /** The table row an exact framework pin names, or null. */
    public static Release pinnedFramework(String requirement) {
        int exact = requirement.indexOf("==");
        if (exact <= 0 || requirement.indexOf(',') >= 0 || requirement.indexOf('*') >= 0
                || requirement.indexOf(';') >= 0) {
            return null;
        }
        String name = requirement.substring(0, exact).strip();
        int extras = name.indexOf('[');
        if (extras >= 0) {
            name = name.substring(0, extras);
        }
        Product product = framework(name.toLowerCase(Locale.ROOT).replace('_', '-'));
        if (product == null) {
            return null;
        }
        String version = requirement.substring(exact + 2).strip();
        // `==2.1.0+cu118`: a local version label names the same release.
        int local = version.indexOf('+');
        if (local >= 0) {
            version = version.substring(0, local);
        }
        if (!version.equals(Versions.leading(version))) {
            return null;
        }
        return EndOfLifeTable.find(product, version);
    }

    private static Product framework(String name) {
        switch (name) {
            case "torch":
                return Product.PYTORCH;
            case "tensorflow", "tensorflow-gpu", "tensorflow-cpu", "tensorflow-intel":
                return Product.TENSORFLOW;
            case "jax":
                return Product.JAX;
            default:
                return null;
        }
    }
}
