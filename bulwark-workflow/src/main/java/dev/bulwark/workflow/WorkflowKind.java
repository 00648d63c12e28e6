package dev.bulwark.workflow;

import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import java.util.Optional;

/** The CI service a workflow file is for. */
public enum WorkflowKind {
    GITHUB_ACTIONS,
    GITLAB_CI;

    /**
     * The kind of a file, by its name and content: a GitHub workflow has {@code on} and
     * {@code jobs} at the top; a GitLab pipeline is named {@code .gitlab-ci.yml} (or sits under a
     * {@code .gitlab-ci/} folder it includes) and has a job with a script or a {@code stages} list.
     * Empty when neither content confirms it.
     */
    public static Optional<WorkflowKind> of(String path, YamlFile yaml) {
        if (yaml.documents().isEmpty() || !(yaml.documents().get(0).root() instanceof YamlMapping root)) {
            return Optional.empty();
        }
        if (root.entry("jobs").isPresent() && (root.entry("on").isPresent() || root.entry("true").isPresent())) {
            return Optional.of(GITHUB_ACTIONS);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean gitlabName = name.startsWith(".gitlab-ci") || path.contains(".gitlab-ci/")
                || path.contains(".gitlab/ci/");
        if (gitlabName && GitlabPipeline.looksLikePipeline(root)) {
            return Optional.of(GITLAB_CI);
        }
        return Optional.empty();
    }
}
