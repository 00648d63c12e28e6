package dev.bulwark.rules.lifecycle;

import java.util.Locale;

/**
 * Exact pins of the frameworks the end-of-life table knows, in pip's spelling ({@code torch==1.13.1},
 * {@code tensorflow-gpu==2.4.0}, {@code jax[cuda]==0.3.25}) and conda's ({@code pytorch=2.1.2}).
 * Ranges, wildcards and direct references pin no release and yield nothing.
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
        return release(product, requirement.substring(exact + 2).strip());
    }

    /**
     * The table row a conda package spec pins, or null: {@code pytorch==2.1.2}, {@code pytorch=2.1}
     * (conda's {@code =} matches the release line, which is what the table's rows are),
     * {@code conda-forge::tensorflow=2.4.1=cuda112py38}; the build string after a second {@code =}
     * is not part of the version.
     */
    public static Release condaPinnedFramework(String spec) {
        String text = spec.strip();
        int channel = text.indexOf("::");
        if (channel >= 0) {
            text = text.substring(channel + 2);
        }
        int equals = text.indexOf('=');
        if (equals <= 0 || text.indexOf('*') >= 0 || text.indexOf(',') >= 0 || text.indexOf('<') >= 0
                || text.indexOf('>') >= 0 || text.indexOf('!') >= 0 || text.indexOf(' ') >= 0) {
            return null;
        }
        Product product = condaFramework(text.substring(0, equals).toLowerCase(Locale.ROOT));
        if (product == null) {
            return null;
        }
        String version = text.substring(text.startsWith("==", equals) ? equals + 2 : equals + 1);
        int build = version.indexOf('=');
        return release(product, build >= 0 ? version.substring(0, build) : version);
    }

    private static Release release(Product product, String version) {
        // `==2.1.0+cu118`: a local version label names the same release.
        int local = version.indexOf('+');
        if (local >= 0) {
            version = version.substring(0, local);
        }
        if (version.isEmpty() || !version.equals(Versions.leading(version))) {
            return null;
        }
        return EndOfLifeTable.find(product, version);
    }

    // conda's package names: `pytorch`, not pip's `torch`.
    private static Product condaFramework(String name) {
        switch (name) {
            case "pytorch", "pytorch-gpu", "pytorch-cpu":
                return Product.PYTORCH;
            case "tensorflow", "tensorflow-gpu", "tensorflow-cpu":
                return Product.TENSORFLOW;
            case "jax":
                return Product.JAX;
            default:
                return null;
        }
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
