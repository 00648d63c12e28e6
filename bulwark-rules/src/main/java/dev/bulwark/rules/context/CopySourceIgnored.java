package dev.bulwark.rules.context;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.project.ContextTree;
import dev.bulwark.project.CopyGlob;
import dev.bulwark.project.IgnoreFile;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A COPY/ADD source that exists in the build's real context but that its ignore file excludes,
 * so the build fails with "not found". Judged on the files, as the context transfer walks them:
 * it also covers ignore files with {@code !} exceptions and contexts other than the Dockerfile's
 * folder, which DF047 (BuildKit's check, on the Dockerfile's folder) leaves out; when DF047 sees
 * the same context and ignore file, it is DF047's.
 */
@RuleInfo(code = "DI006", name = "copy-source-ignored-in-context", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "A COPY/ADD source exists in the build context but `.dockerignore` excludes it: the build fails.",
        fix = "Stop ignoring the source in `.dockerignore` (add a `!` exception), or remove it from the COPY.")
public final class CopySourceIgnored implements ContextRule {

    @Override
    public void check(ContextCheck ctx, SpanSink sink) {
        if (ctx.build().ignore().isEmpty()) {
            return;
        }
        IgnoreFile ignore = ctx.build().ignore().get();
        if (!ignore.patterns().invalidPatterns().isEmpty() || sameAsBuildKitCheck(ctx, ignore)) {
            return;
        }
        for (ContextCopies.Copy copy : ContextCopies.of(ctx)) {
            if (copy.path().equals(".") || CopyGlob.hasWildcard(copy.path())) {
                continue;
            }
            Optional<ContextTree.Entry> entry = ctx.tree().entry(ctx.build().context().resolve(copy.path()));
            if (entry.isEmpty() || !ignore.patterns().excludes(copy.path())) {
                continue;
            }
            // A folder whose files an exception brings back is sent (as their parent).
            if (entry.get().kind() == ContextTree.Kind.DIRECTORY && sendsSomething(ctx, copy.path())) {
                continue;
            }
            sink.report(copy.at(), "`" + copy.source().path() + "` is excluded by `" + ignore.source().path() + "`"
                    + ctx.contextNote());
        }
    }

    // DF047 judges the Dockerfile's folder with its ignore file, when it has no exceptions.
    private static boolean sameAsBuildKitCheck(ContextCheck ctx, IgnoreFile ignore) {
        Path dir = ctx.build().dockerfile().getParent();
        return !ignore.patterns().hasExceptions() && dir != null && dir.equals(ctx.build().context());
    }

    // Conservative: with exceptions, some file below may be brought back; the folder is then sent.
    private static boolean sendsSomething(ContextCheck ctx, String folder) {
        return ctx.build().ignore().get().patterns().hasExceptions();
    }
}
