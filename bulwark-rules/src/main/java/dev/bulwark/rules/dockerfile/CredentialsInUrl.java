package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.Assignment;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A URL with a literal password in its user info ({@code https://user:token@host}, RFC 3986
 * section 3.2.1) in a RUN argument ({@code pip install --index-url}, {@code git clone},
 * {@code curl}), an ENV or ARG value, or an ADD source. A password that is a variable reference
 * is left to {@code secret-in-arg-or-env}.
 */
@RuleInfo(code = "DF054", name = "credentials-in-url", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A URL carries a password or token in its user info.",
        fix = "Revoke the credential; pass it with `RUN --mount=type=secret` (for pip: a netrc or keyring secret).")
public final class CredentialsInUrl implements DockerfileRule {
    // Values that stand for a password in examples rather than being one.
    private static final Set<String> PLACEHOLDERS = Set.of("password", "pass", "passwd", "pwd", "token", "secret",
            "apikey", "api_key", "changeme", "pat", "key");

    /** Where a password sits inside a value: offsets into the value string. */
    private record Credential(String scheme, String user, int start, int end) {
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (instruction instanceof RunInstruction run) {
                for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                    List<Word> words = new ArrayList<>(command.words());
                    for (Assignment assignment : command.assignments()) {
                        words.add(assignment.word());
                    }
                    for (Word w : words) {
                        check(ctx, sink, w.value(), w.range(), "`" + command.baseName().orElse("RUN") + "`");
                    }
                }
            } else if (instruction instanceof EnvInstruction env) {
                for (KeyValue pair : env.pairs()) {
                    check(ctx, sink, pair.value(), pair.valueRange(), "ENV `" + pair.key() + "`");
                }
            } else if (instruction instanceof ArgInstruction arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    Optional<String> value = d.defaultValue();
                    if (value.isPresent()) {
                        check(ctx, sink, value.get(), d.defaultRange(), "ARG `" + d.name() + "`");
                    }
                }
            } else if (instruction instanceof AddInstruction add) {
                for (dev.bulwark.dockerfile.syntax.Word source : add.sources()) {
                    check(ctx, sink, source.text(), source.range(), "ADD");
                }
            }
        }
    }

    private static void check(DockerfileContext ctx, FindingSink sink, String value, TextRange range, String where) {
        for (Credential c : credentials(value)) {
            String password = value.substring(c.start(), c.end());
            TextRange secret = locate(ctx, range, password);
            sink.reportSecret(secret, c.scheme() + " URL with a password for `" + c.user() + "` in " + where,
                    List.of(secret));
        }
    }

    // The password's own range when it occurs once in the written text, else the whole value.
    private static TextRange locate(DockerfileContext ctx, TextRange range, String password) {
        String written = range.textOf(ctx.source().text());
        int at = written.indexOf(password);
        if (at >= 0 && written.indexOf(password, at + 1) < 0) {
            return new TextRange(range.start() + at, range.start() + at + password.length());
        }
        return range;
    }

    private static List<Credential> credentials(String value) {
        List<Credential> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int sep = value.indexOf("://", from);
            if (sep < 0) {
                return out;
            }
            int schemeStart = sep;
            while (schemeStart > 0 && isSchemeChar(value.charAt(schemeStart - 1))) {
                schemeStart--;
            }
            int authorityStart = sep + 3;
            int authorityEnd = authorityStart;
            while (authorityEnd < value.length() && "/?# \t\n\"'".indexOf(value.charAt(authorityEnd)) < 0) {
                authorityEnd++;
            }
            from = authorityEnd;
            int at = value.lastIndexOf('@', authorityEnd - 1);
            if (schemeStart == sep || at < authorityStart) {
                continue;
            }
            int colon = value.indexOf(':', authorityStart);
            if (colon < 0 || colon > at || colon + 1 == at) {
                continue;
            }
            String password = value.substring(colon + 1, at);
            if (isReferenceOrPlaceholder(password)) {
                continue;
            }
            out.add(new Credential(value.substring(schemeStart, sep).toLowerCase(Locale.ROOT),
                    value.substring(authorityStart, colon), colon + 1, at));
        }
    }

    private static boolean isReferenceOrPlaceholder(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return password.contains("$") || password.contains("{") || password.contains("<")
                || PLACEHOLDERS.contains(lower) || lower.contains("xxx") || lower.contains("***")
                || lower.startsWith("your") || distinctChars(lower) < 3;
    }

    private static int distinctChars(String s) {
        int distinct = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.indexOf(s.charAt(i)) == i) {
                distinct++;
            }
        }
        return distinct;
    }

    private static boolean isSchemeChar(char c) {
        return Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.';
    }
}
