package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Locale;

/** {@code EXPOSE 80/TCP}: protocols are written in lower case. */
@RuleInfo(code = "DF102", name = "expose-protocol-casing", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "An EXPOSE protocol is not lower case.",
        fix = "Write the protocol in lower case (`80/tcp`).",
        aliases = {"ExposeProtoCasing"})
public final class ExposeProtocolCasing implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (ExposedPorts.PortSpec spec : ExposedPorts.of(ctx.model())) {
            String proto = spec.protocol().orElse("");
            if (!proto.equals(proto.toLowerCase(Locale.ROOT))) {
                sink.report(spec.range(), "protocol `" + proto + "` is not lower case");
            }
        }
    }
}
