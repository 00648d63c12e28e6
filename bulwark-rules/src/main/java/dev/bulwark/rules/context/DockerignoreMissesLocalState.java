package dev.bulwark.rules.context;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.project.ContextTree;
import dev.bulwark.project.CopyGlob;
import dev.bulwark.project.FileKind;
import dev.bulwark.project.IgnoreFile;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's ignore file does not exclude the context's {@code .git}, {@code .env} or local
 * virtualenv ({@code .venv}, {@code venv}, any top-level folder with {@code pyvenv.cfg}), and a
 * COPY/ADD copies it. A {@code .env} counts only when it holds secret-looking values (a committed
 * {@code .env} of defaults is documentation). Reported on the ignore file's first pattern. Without an ignore file the
 * whole-context copy is DF046's.
 */
@RuleInfo(code = "DI004", name = "dockerignore-misses-local-state", practice = Practice.DOCKERIGNORE,
        severity = Severity.WARNING,
        summary = "`.dockerignore` does not exclude `.git`, `.env` or a local virtualenv that the build copies.",
        fix = "Add `.git`, `.env` and the virtualenv folder (`.venv`) to the `.dockerignore`.")
public final class DockerignoreMissesLocalState implements ContextRule {

    @Override
    public void check(ContextCheck ctx, SpanSink sink) {
        if (ctx.build().ignore().isEmpty()) {
            return;
        }
        IgnoreFile ignore = ctx.build().ignore().get();
        List<ContextCopies.Copy> copies = ContextCopies.of(ctx);
        List<String> missed = new ArrayList<>();
        for (ContextTree.Entry e : ctx.facts().topLevel()) {
            if (!isLocalState(ctx, e) || ignore.patterns().excludes(e.name())) {
                continue;
            }
            for (ContextCopies.Copy copy : copies) {
                if (CopyGlob.copies(copy.path(), e.name())) {
                    missed.add("`" + e.name() + "`");
                    break;
                }
            }
        }
        if (!missed.isEmpty()) {
            sink.report(ContextCheck.firstPattern(ignore.source()),
                    "`" + fileName(ignore.source().path()) + "` does not exclude " + Lists.first(missed, 3)
                            + ", which the build copies");
        }
    }

    private static boolean isLocalState(ContextCheck ctx, ContextTree.Entry e) {
        if (e.name().equals(".git")) {
            return true;
        }
        if (e.name().equals(".env")) {
            // A committed `.env` of defaults is no secret; unknown content is not judged.
            return e.kind() == ContextTree.Kind.FILE && CredentialContent.judge(".env",
                    ctx.tree().read(ctx.build().context().resolve(".env"), 64 * 1024)).isPresent();
        }
        if (e.kind() != ContextTree.Kind.DIRECTORY) {
            return false;
        }
        if (e.name().equals(".venv") || e.name().equals("venv")) {
            return true;
        }
        return FileKind.ofFolder(e.name()) == FileKind.OTHER && holdsPyvenvCfg(ctx, e.name());
    }

    private static boolean holdsPyvenvCfg(ContextCheck ctx, String folder) {
        return ctx.tree().entry(ctx.build().context().resolve(folder).resolve("pyvenv.cfg")).isPresent();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
