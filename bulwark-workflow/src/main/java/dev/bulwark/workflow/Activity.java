package dev.bulwark.workflow;

import dev.bulwark.core.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * What a step does to container images, as the project graph and the rules see it: builds,
 * pushes, scans, tests and registry logins, in job and step order (and command order within a
 * script). One step may do several: {@code docker/build-push-action} with {@code push: true} is a
 * build and a push.
 */
public sealed interface Activity permits Activity.Build, Activity.Push, Activity.Scan, Activity.Test,
        Activity.Login {

    Job job();

    Step step();

    /** Where to report: the action's {@code uses:} value or the command's name word. */
    TextRange range();

    /** A build argument given to a build. {@code fromSecret}: its value reads {@code ${{ secrets.* }}}. */
    record BuildArg(String name, TextRange range, boolean fromSecret) {
    }

    /**
     * An image build.
     *
     * @param tool       {@code docker/build-push-action}, {@code docker build}, {@code kaniko}...
     * @param context    the build context as written ({@code .} by default)
     * @param dockerfile the Dockerfile as written, empty for the default
     * @param tags       the image names given ({@code -t}, {@code tags}, {@code --destination})
     * @param push       where the build also pushes ({@code push: true}, {@code --push}), if it does
     * @param buildArgs  {@code --build-arg}, {@code build-args}
     * @param sbom       the {@code sbom} input or {@code --sbom}/{@code --attest type=sbom}
     * @param provenance the {@code provenance} input or {@code --provenance}/{@code --attest type=provenance}
     */
    record Build(Job job, Step step, TextRange range, String tool, String context, String dockerfile,
                 List<String> tags, Optional<TextRange> push, List<BuildArg> buildArgs, Optional<Value> sbom,
                 Optional<Value> provenance) implements Activity {
    }

    /**
     * An image push: {@code docker push}, a build that pushes, an action that pushes.
     *
     * @param at    the push itself ({@code push: true}, {@code --push}, the {@code docker push} word)
     * @param build the build that pushes, when it is one
     */
    record Push(Job job, Step step, TextRange range, TextRange at, List<String> images, Optional<Build> build)
            implements Activity {
    }

    /**
     * A vulnerability scan.
     *
     * @param tool      Trivy, Grype, Docker Scout, Snyk
     * @param target    what is scanned as written (an image reference, a path), empty when not given
     * @param failsJob  whether findings can fail the job
     * @param why       why they cannot, for messages ("`exit-code` is 0"), empty when they can
     * @param whyRange  where that is written (the input, {@code continue-on-error}, {@code || true}),
     *                  the scan's range when it is a default
     */
    record Scan(Job job, Step step, TextRange range, String tool, String target, boolean failsJob, String why, TextRange whyRange)
            implements Activity {
    }

    /** A test run: {@code pytest}, {@code make test}, {@code go test}, {@code docker run IMAGE pytest}... */
    record Test(Job job, Step step, TextRange range, String command) implements Activity {
    }

    /** A registry login; {@code password} is the password argument when given on the command line. */
    record Login(Job job, Step step, TextRange range, String command, Optional<TextRange> password)
            implements Activity {
    }
}
