package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/**
 * {@code EXPOSE 8080:80} or {@code EXPOSE 127.0.0.1:80}: an image cannot publish ports or choose
 * host addresses; Docker ignores the host part and will reject it in a future release.
 */
@RuleInfo(code = "DF103", name = "expose-host-mapping", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "EXPOSE has a host port or IP address, which only `docker run -p` can set.",
        fix = "Expose the container port only (`EXPOSE 80`) and publish it with `-p` or compose `ports:`.",
        aliases = {"ExposeInvalidFormat"})
public final class ExposeHostMapping implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (ExposedPorts.PortSpec spec : ExposedPorts.of(ctx.model())) {
            if (spec.mapping().isPresent()) {
                sink.report(spec.range(), "`" + spec.text() + "` maps a host port or address");
            }
        }
    }
}
