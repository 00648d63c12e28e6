package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.secrets.RandomValues;
import dev.bulwark.rules.secrets.SecretFormats;
import dev.bulwark.rules.secrets.SecretMatch;
import dev.bulwark.rules.secrets.SecretNames;
import dev.bulwark.shell.Assignment;
import dev.bulwark.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * A credential of a known format written anywhere in the file, or a random-looking literal
 * assigned to a secret-named variable (ENV, ARG default, shell assignment in RUN). Value formats
 * are matched on the whole source text on purpose: a token is a token in an ENV, a RUN, a heredoc
 * or a comment, and this is a format match, not command recognition (which goes through the
 * shell API).
 */
@RuleInfo(code = "DF008", name = "secret-value-in-dockerfile", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A credential (API token, access key, private key) is written in the Dockerfile.",
        fix = "Revoke the credential, then pass it as a build secret or runtime configuration.")
public final class SecretValueInDockerfile implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        List<Instruction> instructions = ctx.dockerfile().instructions();
        List<TextRange> reported = new ArrayList<>();
        for (SecretMatch match : SecretFormats.find(ctx.source().text())) {
            sink.reportSecret(match.range(), match.kind().description() + " (`" + match.kind().shape() + "`) written "
                    + where(instructions, match.range().start()), List.of(match.range()));
            reported.add(match.range());
        }
        for (Instruction instruction : instructions) {
            if (instruction instanceof EnvInstruction env) {
                for (KeyValue pair : env.pairs()) {
                    named(ctx, sink, reported, instruction, pair.key(), pair.value(), pair.valueRange());
                }
            } else if (instruction instanceof ArgInstruction arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    if (d.defaultValue().isPresent()) {
                        named(ctx, sink, reported, instruction, d.name(), d.defaultValue().get(), d.defaultRange());
                    }
                }
            } else if (instruction instanceof RunInstruction run) {
                for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                    List<Assignment> assignments = new ArrayList<>(command.assignments());
                    assignments.addAll(command.declarations());
                    for (Assignment a : assignments) {
                        if (!a.value().hasExpansion()) {
                            namedValue(sink, reported, instruction, a.name(), a.value().value(), a.value().range());
                        }
                    }
                }
            }
        }
    }

    private static String where(List<Instruction> instructions, int offset) {
        for (Instruction i : instructions) {
            if (i.range().contains(offset)) {
                return "in " + i.keyword();
            }
        }
        return "in a comment";
    }

    private static void named(DockerfileContext ctx, FindingSink sink, List<TextRange> reported, Instruction at,
                              String name, String raw, TextRange range) {
        Expansion e = ctx.model().expand(at, raw);
        // A value built from other variables is a reference, not a written secret.
        if (e.isOk() && e.referenced().isEmpty()) {
            namedValue(sink, reported, at, name, e.text(), range);
        }
    }

    private static void namedValue(FindingSink sink, List<TextRange> reported, Instruction at, String name,
                                   String value, TextRange range) {
        if (range.isEmpty() || overlapsAny(reported, range) || !SecretNames.looksSecret(name)
                || !RandomValues.looksRandom(value)) {
            return;
        }
        sink.reportSecret(range, "random-looking value of `" + name + "` written in " + at.keyword(), List.of(range));
        reported.add(range);
    }

    private static boolean overlapsAny(List<TextRange> ranges, TextRange range) {
        for (TextRange r : ranges) {
            if (r.overlaps(range)) {
                return true;
            }
        }
        return false;
    }
}
