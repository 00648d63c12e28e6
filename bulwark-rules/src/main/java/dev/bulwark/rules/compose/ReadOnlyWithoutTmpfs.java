package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * {@code read_only: true} (a good practice) with nothing writable at {@code /tmp}: no
 * {@code tmpfs} entry, tmpfs volume, volume or bind mount there. Python's {@code tempfile}, pip,
 * Hugging Face downloads and most servers write temporary files to {@code /tmp} and fail with
 * "Read-only file system".
 */
@RuleInfo(code = "DC050", name = "read-only-without-tmpfs", practice = Practice.DATA_VOLUMES,
        severity = Severity.WARNING,
        summary = "A service has a read-only root filesystem but nothing writable at `/tmp`.",
        fix = "Add `tmpfs: [/tmp]` (with a size: `/tmp:size=256m`) next to `read_only: true`.")
public final class ReadOnlyWithoutTmpfs implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (ctx.partial()) {
            return;
        }
        for (Service service : ctx.project().services()) {
            Optional<ComposeScalar> readOnly = service.readOnly();
            if (readOnly.isPresent() && !readOnly.get().isUnresolved() && readOnly.get().isTrue()
                    && service.mountCovering("/tmp").isEmpty()) {
                ServiceFindings.report(sink, service, readOnly.get().span(), "service `" + service.name()
                        + "` has a read-only root filesystem and nothing writable at /tmp");
            }
        }
    }
}
