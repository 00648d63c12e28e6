package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Locale;

/**
 * A {@code security_opt} that switches off a confinement Docker applies by default: the seccomp
 * filter ({@code seccomp:unconfined}), the AppArmor profile ({@code apparmor:unconfined}), SELinux
 * labelling ({@code label:disable}) or the masking of {@code /proc} and {@code /sys} paths
 * ({@code systempaths=unconfined}). Docker accepts {@code :} and {@code =} as the separator.
 */
@RuleInfo(code = "DC029", name = "security-profile-disabled", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A service turns off seccomp, AppArmor, SELinux labelling or path masking in `security_opt`.",
        fix = "Remove the option; if a system call is missing, use a custom seccomp profile that allows only it (`seccomp:./profile.json`).")
public final class SecurityProfileDisabled implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            for (ComposeScalar opt : service.securityOpt()) {
                if (opt.isUnresolved()) {
                    continue;
                }
                String what = disabled(opt.value());
                if (!what.isEmpty()) {
                    ServiceFindings.report(sink, service, opt.span(), "service `" + service.name() + "` runs without "
                            + what + " (`" + opt.value().strip() + "`)");
                }
            }
        }
    }

    /** What the option turns off, for the message; "" when it turns nothing off. */
    static String disabled(String option) {
        String o = option.strip().toLowerCase(Locale.ROOT);
        int sep = separator(o);
        if (sep < 0) {
            return "";
        }
        String key = o.substring(0, sep).strip();
        String value = o.substring(sep + 1).strip();
        switch (key) {
            case "seccomp":
                return value.equals("unconfined") ? "the seccomp filter" : "";
            case "apparmor":
                return value.equals("unconfined") ? "its AppArmor profile" : "";
            case "label":
                return value.equals("disable") ? "SELinux labelling" : "";
            case "systempaths":
                return value.equals("unconfined") ? "masked /proc and /sys paths" : "";
            default:
                return "";
        }
    }

    private static int separator(String option) {
        int colon = option.indexOf(':');
        int eq = option.indexOf('=');
        if (colon < 0) {
            return eq;
        }
        return eq < 0 ? colon : Math.min(colon, eq);
    }
}
