package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.Rule;

/**
 * A rule that checks one Dockerfile. It reads the model in {@code ctx} (never the file system),
 * reports through {@code sink} with ranges into the file's source text, and keeps no state
 * between calls: one instance may check many files, also concurrently.
 */
public interface DockerfileRule extends Rule {

    void check(DockerfileContext ctx, FindingSink sink);
}
