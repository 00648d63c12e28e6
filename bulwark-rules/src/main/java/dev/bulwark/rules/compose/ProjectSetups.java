package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.Service;
import dev.bulwark.compose.VolumeMount;
import dev.bulwark.rules.setups.Setup;
import java.util.List;
import java.util.Set;

/**
 * What a whole Compose project is for, when its services say it and its path does not
 * ({@link Setup#of} reads the path):
 *
 * <ul>
 *   <li>a developer's stack when a service bind-mounts developer tooling
 *       ({@code ./tools/dev/prometheus.yml}, {@code ./.devcontainer/...}) or runs a server that
 *       reloads on source changes ({@code uvicorn --reload}, {@code npm run dev});</li>
 *   <li>a build matrix when every service is built and its command only checks the build
 *       ({@code python -c "import torch"}, {@code --version}): CI uses such a file to build and
 *       smoke-test images, never to run them as services.</li>
 * </ul>
 *
 * Both are judged as {@link Setup#DEVELOPMENT}: no resource limits or health checks are expected.
 */
public final class ProjectSetups {
    private static final Set<String> CHECK_PROGRAMS = Set.of("echo", "true", "ls", "env", "printenv", "which",
            "whoami", "uname", "nvidia-smi", "grep", "head", "cat");
    private static final Set<String> PACKAGE_TOOLS = Set.of("pip", "pip3", "conda", "mamba", "micromamba", "uv", "dpkg",
            "rpm", "apt");
    private static final Set<String> LISTING_SUBCOMMANDS = Set.of("list", "env", "show", "freeze", "info", "-l",
            "--list", "-s", "-q", "-qa");

    private ProjectSetups() {
    }

    public static Setup of(ComposeProject project) {
        List<Service> services = project.services();
        boolean everyServiceChecksABuild = !services.isEmpty();
        for (Service service : services) {
            for (VolumeMount mount : service.volumes()) {
                if (mount.isBind() && !mount.isUnresolved() && Setup.of(mount.source()) == Setup.DEVELOPMENT) {
                    return Setup.DEVELOPMENT;
                }
            }
            if (runsDevelopmentServer(service)) {
                return Setup.DEVELOPMENT;
            }
            everyServiceChecksABuild &= service.build().isPresent() && onlyChecksTheBuild(service);
        }
        return everyServiceChecksABuild ? Setup.DEVELOPMENT : Setup.DEPLOYMENT;
    }

    // A server that reloads on source changes: `uvicorn --reload`, `npm run dev`, `next dev`, `vite`.
    private static boolean runsDevelopmentServer(Service service) {
        for (List<String> argv : ServiceCommands.invocations(service)) {
            String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
            String sub = argv.size() > 1 ? argv.get(1) : "";
            String third = argv.size() > 2 ? argv.get(2) : "";
            boolean nodeDev = (program.equals("npm") || program.equals("yarn") || program.equals("pnpm"))
                    && (sub.equals("dev") || sub.equals("run") && third.equals("dev"));
            if (argv.contains("--reload") || nodeDev || program.equals("next") && sub.equals("dev")
                    || program.equals("vite") && (sub.isEmpty() || sub.equals("dev") || sub.startsWith("-"))) {
                return true;
            }
        }
        return false;
    }

    // `python -c "import torch; print(torch.__version__)"`, `tool --version`, `echo ok`, and shell
    // scripts made only of such checks (`bash -c "conda env list && python -c 'import mkl'"`).
    private static boolean onlyChecksTheBuild(Service service) {
        List<List<String>> invocations = ServiceCommands.invocations(service);
        if (invocations.isEmpty()) {
            return false;
        }
        // The first invocation is the whole command line; a `-c` script's commands follow it.
        int from = invocations.size() > 1 ? 1 : 0;
        for (int i = from; i < invocations.size(); i++) {
            if (!isCheck(invocations.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCheck(List<String> argv) {
        String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        String sub = argv.size() > 1 ? argv.get(1) : "";
        if (CHECK_PROGRAMS.contains(program) || argv.contains("--version") || argv.contains("-V")) {
            return true;
        }
        if (PACKAGE_TOOLS.contains(program)) {
            return LISTING_SUBCOMMANDS.contains(sub);
        }
        return program.startsWith("python") && sub.equals("-c");
    }
}
