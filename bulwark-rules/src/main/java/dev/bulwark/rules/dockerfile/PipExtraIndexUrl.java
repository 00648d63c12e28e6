package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/**
 * pip told to search a second index next to the first ({@code --extra-index-url},
 * {@code PIP_EXTRA_INDEX_URL}, {@code pip config set global.extra-index-url}): pip takes the best
 * version from all indexes, so a public package can shadow a private one (dependency confusion).
 */
@RuleInfo(code = "DF065", name = "pip-extra-index-url", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING,
        summary = "pip searches an extra index next to the main one, which opens the door to dependency confusion.",
        fix = "Use one index (`--index-url` to a proxy that mirrors PyPI), or pin with `--require-hashes`.")
public final class PipExtraIndexUrl implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        // uv resolves each package from the first index that has it (`first-index`), which is the
        // defence against dependency confusion: only pip's merge-all behaviour is flagged.
        for (PipConfig.Setting s : PipConfig.settings(ctx, Set.of("extra-index-url"), false)) {
            if (s.value().isBlank()) {
                continue;
            }
            sink.report(s.range(), "`" + s.written() + "` adds a second package index");
        }
    }
}
