package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.syntax.FileTransferInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.secrets.CredentialFiles;
import java.util.List;
import java.util.Optional;

/**
 * COPY or ADD of a credential file (by its name or the name it is copied to) into the image that
 * ships: the final stage and the stages it is built FROM. Builder stages are not judged: their
 * layers are not pushed with the image.
 */
@RuleInfo(code = "DF055", name = "credential-file-copied", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A credential file (`.env`, SSH key, `.netrc`, cloud credentials) is copied into the image.",
        fix = "Mount it for the one RUN that needs it (`RUN --mount=type=secret` or `--mount=type=ssh`) and add it to `.dockerignore`.")
public final class CredentialFileCopied implements DockerfileRule {
    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof FileTransferInstruction transfer)) {
                continue;
            }
            List<Word> sources = transfer.sources();
            Optional<Word> destination = transfer.destination();
            boolean reported = false;
            for (Word source : sources) {
                Optional<String> path = path(ctx, instruction, source);
                Optional<String> kind = path.isPresent() ? CredentialFiles.describe(path.get()) : Optional.empty();
                if (kind.isPresent()) {
                    sink.report(source.range(), instruction.keyword() + " of " + kind.get());
                    reported = true;
                }
            }
            if (!reported && destination.isPresent() && sources.size() == 1) {
                Optional<String> target = path(ctx, instruction, destination.get());
                Optional<String> kind = target.isPresent() && !target.get().endsWith("/") ? CredentialFiles.describe(target.get())
                        : Optional.empty();
                if (kind.isPresent()) {
                    sink.report(destination.get().range(), instruction.keyword() + " to " + kind.get());
                }
            }
        }
    }

    private static Optional<String> path(DockerfileContext ctx, Instruction at, Word word) {
        Expansion e = ctx.model().expand(at, word.text());
        return e.isOk() && e.undefined().isEmpty() ? Optional.of(e.text()) : Optional.empty();
    }

}
