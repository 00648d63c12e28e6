package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.Instruction;
import java.util.Set;

/**
 * Whether an image runs an application, as opposed to being an environment: a base image for
 * other builds, a build or CI toolbox, an interactive development environment. Only an
 * application image is asked to be minimal; an environment is meant to carry its tools.
 */
final class RuntimeImages {
    // Programs that open an environment for a person rather than run an application.
    private static final Set<String> INTERACTIVE = Set.of("bash", "sh", "zsh", "ash", "dash", "fish", "sleep",
            "jupyter", "jupyter-lab", "jupyter-notebook", "jupyterhub", "start-notebook.sh", "start-notebook.py",
            "start-singleuser.sh", "start-singleuser.py", "code-server", "sshd", "rstudio-server", "tail");

    private RuntimeImages() {
    }

    /**
     * Whether the image the chain builds starts an application: it sets CMD or ENTRYPOINT, and
     * what they start is not a shell, a notebook server or another interactive environment.
     */
    static boolean runsApplication(DockerfileModel model, StageChain chain) {
        boolean startsSomething = false;
        for (Instruction i : chain.starts()) {
            for (Invocations.Invocation inv : Invocations.of(model, i)) {
                if (INTERACTIVE.contains(inv.program())) {
                    return false;
                }
                startsSomething = true;
            }
        }
        return startsSomething;
    }
}
