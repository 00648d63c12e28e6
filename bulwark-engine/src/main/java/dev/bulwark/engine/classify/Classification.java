package dev.bulwark.engine.classify;

import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlFile;
import java.util.Objects;

/** What a read file turned out to be: a Dockerfile, a YAML file of a known kind, or something to skip. */
public sealed interface Classification {

    SourceText source();

    record Dockerfile(SourceText source) implements Classification {
        public Dockerfile {
            Objects.requireNonNull(source, "source");
        }
    }

    /** A Compose or Kubernetes file, already parsed (classifying it needed the tree). */
    record Yaml(FileKind kind, SourceText source, YamlFile yaml) implements Classification {
        public Yaml {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(yaml, "yaml");
        }
    }

    record Skipped(SourceText source, SkipReason reason) implements Classification {
        public Skipped {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
