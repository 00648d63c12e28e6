package dev.bulwark.rules.project;

import dev.bulwark.rules.Rule;
import dev.bulwark.rules.SpanSink;

/**
 * A rule on an image built in the repository and the places that run it (the project graph):
 * what the Dockerfile gives the image against what a Compose service or a Kubernetes container
 * asks of it. The engine calls it once per Dockerfile that has deployments; findings land in the
 * Compose files and manifests. Rules stay silent wherever the link or the image is uncertain.
 */
public interface ProjectRule extends Rule {

    void check(ProjectCheck ctx, SpanSink sink);
}
