package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * A COPY or ADD source that the build context's ignore file excludes, so it is not there to copy.
 * As BuildKit's {@code CopyIgnoredFile} check (spec 1.13, 2.6): only when the ignore file has no
 * {@code !} exceptions and is valid; a {@code .} source only when the file ignores everything.
 */
@RuleInfo(code = "DF047", name = "copy-ignored-file", practice = Practice.DOCKERIGNORE,
        severity = Severity.ERROR,
        summary = "A COPY/ADD source is excluded by `.dockerignore`, so the build cannot find it.",
        fix = "Remove the source from the COPY, or stop ignoring it in `.dockerignore`.",
        aliases = {"CopyIgnoredFile"})
public final class CopyIgnoredFile implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<DockerignoreFile> ignore = ctx.buildContext().dockerignore();
        if (ignore.isEmpty() || ignore.get().hasExceptions() || !ignore.get().invalidPatterns().isEmpty()) {
            return;
        }
        DockerignoreFile file = ignore.get();
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            for (CopySources.Source source : CopySources.of(ctx.model(), instruction)) {
                String path = DockerignoreFile.normalize(source.path());
                boolean ignored = path.equals(".") ? file.ignoresEverything() : file.matchesOrParentMatches(path);
                if (ignored) {
                    sink.report(source.word().range(), "`" + source.path() + "` is excluded by `" + file.path() + "`");
                }
            }
        }
    }
}
