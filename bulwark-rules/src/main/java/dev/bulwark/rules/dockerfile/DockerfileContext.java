package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.rules.RuleOptions;
import java.util.Objects;

/** What a {@link DockerfileRule} checks: the file's semantic model and the rule's resolved options. */
public record DockerfileContext(DockerfileModel model, RuleOptions options) {

    public DockerfileContext {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
    }

    /** The parsed file the model was built from. */
    public Dockerfile dockerfile() {
        return model.file();
    }

    public SourceText source() {
        return model.file().source();
    }
}
