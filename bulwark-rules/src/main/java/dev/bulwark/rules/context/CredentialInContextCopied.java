package dev.bulwark.rules.context;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.project.ContextFacts;
import dev.bulwark.project.FileKind;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.CredentialFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A COPY/ADD that, through a folder or a wildcard, puts a credential file of the context into the
 * image: a {@code .env} with secret-looking values, a private key, cloud or registry credentials,
 * {@code kaggle.json}, {@code .netrc}, a Hugging Face token. Judged by name and content (read from
 * the context, never shown). A source that names the credential file itself is DF055's.
 */
@RuleInfo(code = "DI001", name = "credential-in-context-copied", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A COPY/ADD copies a credential file of the build context into the image.",
        fix = "Exclude the file in `.dockerignore` (and rotate it if the image was pushed); pass secrets with `RUN --mount=type=secret`.")
public final class CredentialInContextCopied implements ContextRule {
    private static final int READ_CHARS = 64 * 1024;

    @Override
    public void check(ContextCheck ctx, SpanSink sink) {
        for (ContextCopies.Copy copy : ContextCopies.of(ctx)) {
            if (CredentialFiles.describe(copy.path()).isPresent()) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (ContextFacts.Notable n : copy.copied()) {
                if (n.kind() != FileKind.CREDENTIAL || n.folder()) {
                    continue;
                }
                Optional<String> why = CredentialContent.judge(n.path(),
                        ctx.tree().read(ctx.build().context().resolve(n.path()), READ_CHARS));
                if (why.isPresent()) {
                    found.add("`" + n.path() + "` (" + why.get() + ")");
                }
            }
            if (!found.isEmpty()) {
                sink.report(copy.at(), "`" + copy.source().instruction().keyword() + " " + copy.source().path()
                        + "` copies " + Lists.first(found, 3) + " into the image" + ctx.contextNote());
            }
        }
    }
}
