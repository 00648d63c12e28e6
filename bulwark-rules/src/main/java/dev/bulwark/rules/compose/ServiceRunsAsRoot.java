package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * {@code user: root}, {@code "0"}, {@code "0:0"} or {@code root:<group>}: the service runs as root
 * whatever user the image chose. A group of 0 with another user ({@code "1000:0"}, the OpenShift
 * convention) is not root.
 */
@RuleInfo(code = "DC033", name = "service-runs-as-root", practice = Practice.NON_ROOT_USER,
        severity = Severity.WARNING,
        summary = "A service sets `user` to root (`root`, `0`, `0:0`).",
        fix = "Set `user` to an unprivileged UID:GID (`\"1000:1000\"`), or drop `user` if the image already runs as a non-root user.")
public final class ServiceRunsAsRoot implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<ComposeScalar> user = service.user();
            if (user.isPresent() && !user.get().isUnresolved() && isRoot(user.get().value())) {
                ServiceFindings.report(sink, service, user.get().span(),
                        "service `" + service.name() + "` runs as root (`user: " + user.get().value().strip() + "`)");
            }
        }
    }

    public static boolean isRoot(String user) {
        String u = user.strip();
        int colon = u.indexOf(':');
        String name = colon < 0 ? u : u.substring(0, colon);
        return name.equals("root") || isZero(name);
    }

    private static boolean isZero(String uid) {
        if (uid.isEmpty()) {
            return false;
        }
        for (int i = 0; i < uid.length(); i++) {
            if (uid.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
