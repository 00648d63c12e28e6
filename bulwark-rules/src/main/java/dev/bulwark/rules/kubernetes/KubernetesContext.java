package dev.bulwark.rules.kubernetes;

import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.rules.RuleOptions;
import java.util.Objects;

/** What a {@link KubernetesRule} checks: one file of a manifest set, the whole set, and the rule's options. */
public record KubernetesContext(ManifestSet set, ManifestFile file, RuleOptions options) {

    public KubernetesContext {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
    }
}
