package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Locale;

/**
 * A service without {@code security_opt: [no-new-privileges:true]}: a setuid binary in the image
 * (or one an attacker drops there) can still raise the privileges of the process. Hardening
 * advice, off by default. {@code no-new-privileges:false} is reported where it is written.
 */
@RuleInfo(code = "DC031", name = "no-new-privileges-missing", practice = Practice.SECURITY,
        severity = Severity.INFO, enabledByDefault = false,
        summary = "A service does not set `no-new-privileges`.",
        fix = "Add `security_opt: [\"no-new-privileges:true\"]` to the service.")
public final class NoNewPrivilegesMissing implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (ctx.partial()) {
            return;
        }
        for (Service service : ctx.project().services()) {
            boolean set = false;
            for (ComposeScalar opt : service.securityOpt()) {
                String o = opt.value().strip().toLowerCase(Locale.ROOT);
                if (opt.isUnresolved() || o.equals("no-new-privileges") || o.equals("no-new-privileges:true")
                        || o.equals("no-new-privileges=true")) {
                    set = true;
                } else if (o.equals("no-new-privileges:false") || o.equals("no-new-privileges=false")) {
                    set = true;
                    ServiceFindings.report(sink, service, opt.span(),
                            "service `" + service.name() + "` turns `no-new-privileges` off");
                }
            }
            if (!set) {
                sink.report(service.nameSpan(), "service `" + service.name() + "` does not set `no-new-privileges`");
            }
        }
    }
}
