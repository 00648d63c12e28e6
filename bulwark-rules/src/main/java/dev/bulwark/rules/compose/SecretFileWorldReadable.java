package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.FileMount;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A service's {@code secrets} entry whose {@code mode} lets every user of the container read (or
 * write) the secret: the "other" permission bits are set ({@code 0444}, {@code 0644},
 * {@code 0o666}). Any process in the container, whatever user it runs as, can then read the
 * credential. Only a mode that is written is judged: the unwritten default (Compose documents
 * {@code 0444}) is the usual short form and not a choice to flag; and Docker Compose applies
 * {@code mode} to secrets from {@code environment} and to Swarm, while a file secret is
 * bind-mounted with the host file's own permissions.
 */
@RuleInfo(code = "DC042", name = "secret-file-world-readable", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.WARNING,
        summary = "A secret is mounted with a mode that lets every user in the container read it.",
        fix = "Use `mode: 0400` (or `0440` with the service's `gid`) and set `uid`/`gid` to the user that reads it.")
public final class SecretFileWorldReadable implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            for (FileMount secret : service.secrets()) {
                Optional<ComposeScalar> mode = secret.mode();
                OptionalInt bits = secret.modeBits();
                if (mode.isEmpty() || mode.get().isUnresolved() || mode.get().isImplied() || bits.isEmpty()
                        || (bits.getAsInt() & 0006) == 0) {
                    continue;
                }
                String who = (bits.getAsInt() & 0002) != 0 ? "writable" : "readable";
                ServiceFindings.report(sink, service, mode.get().span(), "secret `" + secret.source() + "` mounted "
                        + who + " by every user (mode " + octal(bits.getAsInt()) + ")");
            }
        }
    }

    private static String octal(int bits) {
        String digits = Integer.toOctalString(bits);
        StringBuilder padded = new StringBuilder("0");
        for (int i = digits.length(); i < 3; i++) {
            padded.append('0');
        }
        return padded.append(digits).toString();
    }
}
