package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.rules.RuleOptions;
import java.util.Objects;

/**
 * What a {@link DockerfileRule} checks: the file's semantic model, the rule's resolved options and
 * the facts the engine gathered about the file's build context.
 */
public record DockerfileContext(DockerfileModel model, RuleOptions options, BuildContext buildContext) {

    public DockerfileContext {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(buildContext, "buildContext");
    }

    /** A context whose build context is unknown. */
    public DockerfileContext(DockerfileModel model, RuleOptions options) {
        this(model, options, BuildContext.unknown());
    }

    /** A context whose build context is unknown. */
    public static DockerfileContext of(DockerfileModel model, RuleOptions options) {
        return new DockerfileContext(model, options);
    }

    /** The parsed file the model was built from. */
    public Dockerfile dockerfile() {
        return model.file();
    }

    public SourceText source() {
        return model.file().source();
    }
}
