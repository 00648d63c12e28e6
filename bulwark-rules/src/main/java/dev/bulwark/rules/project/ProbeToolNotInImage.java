package dev.bulwark.rules.project;

import dev.bulwark.compose.Healthcheck;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.Probe;
import dev.bulwark.project.Deployment;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.compose.HealthcheckCommands;
import dev.bulwark.rules.dockerfile.BuiltImage;
import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Compose healthcheck or a Kubernetes {@code exec} probe that runs {@code curl} or {@code wget}
 * in an image built in the repository that does not contain it: the Dockerfile's base is known
 * not to (slim, Debian, Ubuntu, distroless, scratch; {@code BaseImageTools}) and no instruction
 * of the stage chain installs, copies or runs it. The check fails every time, so the container is
 * never healthy (Compose dependents never start) or is restarted forever (a liveness probe). A
 * check that tries both tools passes when either is there; a service whose own command or
 * environment mentions the tool is given the benefit of the doubt. Pulled images are DC009's.
 */
@RuleInfo(code = "PJ001", name = "probe-tool-not-in-image", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "A healthcheck or probe runs `curl` or `wget`, which the image built by the repository does not contain.",
        fix = "Install the tool in the Dockerfile's final stage, or probe with what the image has (`python -c \"import urllib.request…\"`).")
public final class ProbeToolNotInImage implements ProjectRule {
    private static final List<String> TOOLS = List.of("curl", "wget");

    private record Program(String name, Span span) {
    }

    @Override
    public void check(ProjectCheck ctx, SpanSink sink) {
        for (ProjectCheck.Run run : ctx.runs(Practice.HEALTH_MONITORING)) {
            Deployment d = run.deployment();
            BuiltImage image = run.image();
            for (List<Program> check : checks(d)) {
                Program missing = null;
                boolean anyPresent = false;
                for (Program p : check) {
                    if (!TOOLS.contains(p.name())) {
                        continue;
                    }
                    if (image.hasTool(p.name()).orElse(true) || Deployments.mentions(d, p.name())) {
                        anyPresent = true;
                    } else if (missing == null) {
                        missing = p;
                    }
                }
                if (missing != null && !anyPresent) {
                    Deployments.report(sink, d, missing.span(), "`" + missing.name() + "` is not in the image "
                            + ctx.dockerfileName() + " builds (from `" + image.baseText() + "`), so "
                            + Deployments.describe(d) + " never passes this check");
                }
            }
        }
    }

    // The programs of each health check of the deployment.
    private static List<List<Program>> checks(Deployment d) {
        List<List<Program>> out = new ArrayList<>();
        if (d instanceof Deployment.ComposeService c) {
            Optional<Healthcheck> h = c.service().healthcheck();
            if (h.isPresent() && !h.get().isDisabled()) {
                List<Program> programs = new ArrayList<>();
                for (HealthcheckCommands.Program p : HealthcheckCommands.of(h.get())) {
                    programs.add(new Program(p.name(), p.span()));
                }
                out.add(programs);
            }
            return out;
        }
        for (Probe probe : ((Deployment.KubernetesContainer) d).container().probes()) {
            if (probe.handler() == Probe.Handler.EXEC) {
                out.add(programs(probe.command()));
            }
        }
        return out;
    }

    // `[curl, -f, URL]`, or `[sh, -c, "curl -f URL || exit 1"]` (the script's commands, at the script).
    private static List<Program> programs(List<Field> command) {
        List<Program> out = new ArrayList<>();
        if (command.isEmpty() || command.get(0).text().isEmpty()) {
            return out;
        }
        String first = baseName(command.get(0).textOrEmpty());
        if ((first.equals("sh") || first.equals("bash") || first.equals("ash")) && command.size() >= 3
                && command.get(1).textOrEmpty().equals("-c")) {
            Field script = command.get(2);
            for (SimpleCommand c : ShellParser.parse(script.textOrEmpty()).commands()) {
                Optional<String> name = c.effective().baseName();
                if (name.isPresent()) {
                    out.add(new Program(name.get(), script.valueSpan()));
                }
            }
        } else {
            out.add(new Program(first, command.get(0).valueSpan()));
        }
        return out;
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
