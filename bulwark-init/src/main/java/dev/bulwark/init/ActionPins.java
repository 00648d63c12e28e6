package dev.bulwark.init;

import java.util.List;

/**
 * The GitHub Actions the generated workflow uses, each pinned to the full commit SHA of a release
 * tag (a tag can be moved; a commit cannot), with the tag in a comment for readers and update
 * bots. To update: {@code git ls-remote https://github.com/OWNER/NAME refs/tags/vX.Y.Z} (the
 * peeled {@code ^{}} line for an annotated tag), then run the init tests.
 */
public final class ActionPins {

    /** {@code owner/name}, the commit and the release tag it is. */
    public record Action(String name, String commit, String tag) {
        /** {@code owner/name@sha # tag}, as the workflow writes it. */
        public String uses() {
            return name + "@" + commit + " # " + tag;
        }
    }

    public static final Action CHECKOUT = new Action("actions/checkout", "3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1");
    public static final Action SETUP_PYTHON = new Action("actions/setup-python", "5fda3b95a4ea91299a34e894583c3862153e4b97", "v7.0.0");
    public static final Action SETUP_BUILDX = new Action("docker/setup-buildx-action", "37fe631027851001ddb9b187196cc803df7f5f0e", "v4.3.0");
    public static final Action LOGIN = new Action("docker/login-action", "4907a6ddec9925e35a0a9e82d7399ccc52663121", "v4.1.0");
    public static final Action BUILD_PUSH = new Action("docker/build-push-action", "53b7df96c91f9c12dcc8a07bcb9ccacbed38856a", "v7.3.0");
    public static final Action TRIVY = new Action("aquasecurity/trivy-action", "ed142fd0673e97e23eac54620cfb913e5ce36c25", "v0.36.0");

    public static final List<Action> ALL = List.of(CHECKOUT, SETUP_PYTHON, SETUP_BUILDX, LOGIN, BUILD_PUSH, TRIVY);

    private ActionPins() {
    }
}
