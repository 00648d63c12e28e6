package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Locale;

/** {@code ADD https://…} with no {@code --checksum}: whatever the server returns goes into the image. */
@RuleInfo(code = "DF075", name = "add-remote-without-checksum", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING,
        summary = "`ADD` of a URL without `--checksum`, so the download is not verified.",
        fix = "Add `--checksum=sha256:<digest>` (Dockerfile syntax 1.6+), or download in RUN and check with `sha256sum -c`.")
public final class AddRemoteWithoutChecksum implements DockerfileRule {
    private static final LazyPattern COMMIT = LazyPattern.of("/[0-9a-f]{40}/");
    private static final LazyPattern GIT_COMMIT = LazyPattern.of("\\.git#[0-9a-f]{40}$");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof AddInstruction add) || add.flag("checksum").isPresent()) {
                continue;
            }
            for (Word source : add.sources()) {
                Expansion e = ctx.model().expand(add, source.text());
                String url = (e.isOk() ? e.text() : source.text()).toLowerCase(Locale.ROOT);
                if ((url.startsWith("https://") || url.startsWith("http://")) && !commitAddressed(url)) {
                    sink.report(source.range(), "`ADD` of `" + display(e.isOk() ? e.text() : source.text())
                            + "` without `--checksum`");
                }
            }
        }
    }

    // A GitHub URL with a full commit id in its path, or a Git source at a full commit
    // (`repo.git#<sha>`), serves content fixed by that commit.
    private static boolean commitAddressed(String url) {
        boolean github = url.startsWith("https://raw.githubusercontent.com/") || url.startsWith("https://github.com/");
        return github && COMMIT.matcher(url).find() || GIT_COMMIT.matcher(url).find();
    }

    // The URL without query string or credentials, which never belong in a message.
    private static String display(String url) {
        String u = url.replaceFirst("^(https?://)[^/@]*@", "$1");
        int q = u.indexOf('?');
        return q < 0 ? u : u.substring(0, q);
    }
}
