package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.secrets.SecretFormats;
import dev.bulwark.rules.secrets.SecretMatch;
import java.util.List;

/**
 * A credential of a known format written anywhere in the file. Value formats are matched on the
 * whole source text on purpose: a token is a token in an ENV, a RUN, a heredoc or a comment, and
 * this is a format match, not command recognition (which goes through the shell API).
 */
@RuleInfo(code = "DF008", name = "secret-value-in-dockerfile", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A credential (API token, access key, private key) is written in the Dockerfile.",
        fix = "Revoke the credential, then pass it as a build secret or runtime configuration.")
public final class SecretValueInDockerfile implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        List<Instruction> instructions = ctx.dockerfile().instructions();
        for (SecretMatch match : SecretFormats.find(ctx.source().text())) {
            String where = instructions.stream().filter(i -> i.range().contains(match.range().start()))
                    .findFirst().map(i -> "in " + i.keyword()).orElse("in a comment");
            sink.reportSecret(match.range(), match.kind().description() + " (`" + match.kind().shape() + "`) written "
                    + where, List.of(match.range()));
        }
    }
}
