package dev.bulwark.rules.compose;

import dev.bulwark.compose.CommandLine;
import dev.bulwark.compose.Healthcheck;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.BaseImageTools;
import java.util.List;
import java.util.Optional;

/**
 * A healthcheck test that runs {@code curl} or {@code wget} in a pulled image known not to
 * contain it ({@link BaseImageTools}: slim and Alpine language images, Debian, Ubuntu, distroless,
 * Qdrant, Ollama, Weaviate...). The test then fails every time and the container stays unhealthy,
 * so dependents waiting for {@code service_healthy} never start. A test that tries both tools
 * ({@code curl ... || wget ...}) passes when either is there; a service whose command or
 * entrypoint mentions the tool (installing it at start) is given the benefit of the doubt. Built
 * images are left to the Dockerfile rules.
 */
@RuleInfo(code = "DC009", name = "healthcheck-tool-not-in-image", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "The healthcheck runs `curl` or `wget`, which the service's image does not contain.",
        fix = "Probe with what the image has (its own CLI, `bash -c '</dev/tcp/127.0.0.1/PORT'`, a Python one-liner), or build an image with the tool.")
public final class HealthcheckToolNotInImage implements ComposeRule {
    private static final List<String> TOOLS = List.of("curl", "wget");

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<Healthcheck> h = service.healthcheck();
            Optional<ImageName> image = ServiceImages.pulled(service);
            if (h.isEmpty() || h.get().isDisabled() || image.isEmpty()) {
                continue;
            }
            HealthcheckCommands.Program missing = null;
            boolean anyPresent = false;
            for (HealthcheckCommands.Program p : HealthcheckCommands.of(h.get())) {
                if (!TOOLS.contains(p.name())) {
                    continue;
                }
                Optional<Boolean> has = BaseImageTools.has(image.get(), p.name());
                if (has.isEmpty() || has.get() || startsWithTool(service, p.name())) {
                    anyPresent = true;
                } else if (missing == null) {
                    missing = p;
                }
            }
            if (missing != null && !anyPresent) {
                ServiceFindings.report(sink, service, missing.span(),
                        "`" + missing.name() + "` is not in `" + image.get().familiar() + "`");
            }
        }
    }

    /** Whether the service's own command or entrypoint mentions the tool (installs or ships it). */
    private static boolean startsWithTool(Service service, String tool) {
        return mentions(service.command(), tool) || mentions(service.entrypoint(), tool);
    }

    private static boolean mentions(Optional<CommandLine> line, String tool) {
        return line.isPresent() && line.get().text().contains(tool);
    }
}
