package dev.bulwark.rules.compose;

import dev.bulwark.compose.CommandLine;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.HealthTestForm;
import dev.bulwark.compose.Healthcheck;
import dev.bulwark.compose.Service;
import dev.bulwark.compose.Word;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.PlaceholderValues;
import dev.bulwark.rules.secrets.SecretFormats;
import dev.bulwark.rules.secrets.SecretMatch;
import dev.bulwark.rules.secrets.SecretNames;
import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A credential written in a service's {@code command}, {@code entrypoint} or healthcheck
 * {@code test}: a token of a known format, the value of an option whose name says it is secret
 * ({@code --requirepass s3cret}, {@code --api-key=...}, {@code --NotebookApp.token=...}), or a
 * client's password option ({@code redis-cli -a pass}, {@code mysqladmin -ppass},
 * {@code curl -u user:pass}). Shell scripts ({@code sh -c "..."}, {@code CMD-SHELL}) are read
 * command by command. The value counts only when its text is in the Compose file: one that comes
 * from a variable ({@code ${REDIS_PASSWORD}}, {@code $$MYSQL_ROOT_PASSWORD}) is a reference.
 * Command lines are visible to every process on the host ({@code ps}) and in
 * {@code docker inspect}.
 */
@RuleInfo(code = "DC044", name = "secret-in-command", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.WARNING,
        summary = "A password or token is written in a service's command line.",
        fix = "Read it from a secret file or an environment variable set from `.env` (`--requirepass $${REDIS_PASSWORD}` in a shell, or the tool's `*_FILE`/config option).")
public final class SecretInCommand implements ComposeRule {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");

    /** One argument and a span whose text holds it (the item, the word, or the script it was parsed from). */
    private record Arg(String text, Span within) {
    }

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (Service service : ctx.project().services()) {
            List<List<Arg>> commandLines = new ArrayList<>();
            List<Arg> run = new ArrayList<>();
            addWords(service.entrypoint(), run);
            addWords(service.command(), run);
            addLine(run, commandLines);
            List<List<Arg>> testLines = new ArrayList<>();
            Optional<Healthcheck> h = service.healthcheck();
            if (h.isPresent() && h.get().form() == HealthTestForm.CMD) {
                List<Arg> test = new ArrayList<>();
                for (ComposeScalar s : h.get().testArguments()) {
                    test.add(new Arg(s.value(), s.span()));
                }
                addLine(test, testLines);
            } else if (h.isPresent() && h.get().form() == HealthTestForm.CMD_SHELL) {
                for (ComposeScalar s : h.get().testArguments()) {
                    addScript(s.value(), s.span(), testLines);
                }
            }
            for (List<Arg> line : commandLines) {
                check(sink, "the command", line, reported);
            }
            for (List<Arg> line : testLines) {
                check(sink, "the healthcheck test", line, reported);
            }
        }
    }

    private static void addWords(Optional<CommandLine> line, List<Arg> out) {
        if (line.isPresent()) {
            for (Word w : line.get().words()) {
                out.add(new Arg(w.text(), w.span()));
            }
        }
    }

    /** The argument list, and the scripts it hands to a shell with {@code -c}. */
    private static void addLine(List<Arg> argv, List<List<Arg>> lines) {
        if (argv.isEmpty()) {
            return;
        }
        lines.add(argv);
        for (int i = 1; i + 1 < argv.size(); i++) {
            if (argv.get(i).text().equals("-c") && SHELLS.contains(baseName(argv.get(i - 1).text()))) {
                addScript(argv.get(i + 1).text(), argv.get(i + 1).within(), lines);
            }
        }
    }

    private static void addScript(String script, Span within, List<List<Arg>> lines) {
        for (SimpleCommand command : ShellParser.parse(script).commands()) {
            List<Arg> argv = new ArrayList<>();
            for (dev.bulwark.shell.Word w : command.words()) {
                // A word with an expansion is built from variables: not a written value.
                argv.add(new Arg(w.hasExpansion() ? "$" : w.value(), within));
            }
            addLine(argv, lines);
        }
    }

    /**
     * A written secret: the option as shown in messages, the text just before the value (to find
     * it in the file), the value, and a span whose text holds both.
     */
    private record Secret(String option, String before, String value, Span within) {
    }

    private static void check(SpanSink sink, String where, List<Arg> argv, Set<Span> reported) {
        String program = baseName(argv.get(0).text());
        for (int i = 0; i < argv.size(); i++) {
            Arg arg = argv.get(i);
            for (SecretMatch m : SecretFormats.find(arg.text())) {
                report(sink, new Secret("", "", m.range().textOf(arg.text()), arg.within()), m.kind().description()
                        + " (`" + m.kind().shape() + "`) in " + where, reported);
            }
            Optional<Secret> option = optionValue(program, argv, i);
            if (option.isPresent()) {
                report(sink, option.get(), "literal secret for `" + option.get().option() + "` in " + where, reported);
            }
        }
    }

    /** The secret value given with the option at {@code i}, when there is a written one. */
    private static Optional<Secret> optionValue(String program, List<Arg> argv, int i) {
        Arg arg = argv.get(i);
        String text = arg.text();
        Optional<Arg> next = i + 1 < argv.size() ? Optional.of(argv.get(i + 1)) : Optional.<Arg>empty();
        String nextText = next.isPresent() ? next.get().text() : "";
        String option = text;
        String before = text;
        String value = null;
        boolean attached = false;
        if (text.startsWith("--")) {
            int eq = text.indexOf('=');
            String name = eq < 0 ? text.substring(2) : text.substring(2, eq);
            boolean curlUser = (program.equals("curl") || program.equals("wget")) && name.equals("user");
            // Jupyter's traitlets options are `--Class.trait`: the trait says what the value is.
            String trait = name.substring(name.lastIndexOf('.') + 1);
            if (SecretNames.looksSecret(trait) || curlUser) {
                option = eq < 0 ? text : text.substring(0, eq);
                before = eq < 0 ? text : text.substring(0, eq + 1);
                attached = eq >= 0;
                value = attached ? text.substring(eq + 1) : nextText;
                value = curlUser ? passwordOfUser(value) : value;
            }
        } else if (program.equals("redis-cli") && text.equals("-a")) {
            value = nextText;
        } else if ((program.equals("mysql") || program.equals("mysqladmin") || program.startsWith("mariadb"))
                && text.startsWith("-p") && text.length() > 2) {
            option = "-p";
            before = "-p";
            attached = true;
            value = text.substring(2);
        } else if (program.equals("curl") && text.equals("-u")) {
            value = passwordOfUser(nextText);
        }
        if (value == null || value.startsWith("-") || PlaceholderValues.isNotCredential(value)) {
            return Optional.empty();
        }
        Span within = arg.within();
        if (!attached && next.isPresent()) {
            Span other = next.get().within();
            within = other.source() == within.source() ? new Span(within.source(), within.range().cover(other.range()))
                    : other;
        }
        return Optional.of(new Secret(option, before, value, within));
    }

    // `user:password`; nothing without a password part.
    private static String passwordOfUser(String userAndPassword) {
        int colon = userAndPassword.indexOf(':');
        return colon < 0 ? null : userAndPassword.substring(colon + 1);
    }

    /**
     * Reports the secret where its text is in the file, after its option; every copy of it in the
     * same text is redacted. A value whose text is not in the file came from a variable.
     */
    private static void report(SpanSink sink, Secret secret, String message, Set<Span> reported) {
        Span within = secret.within();
        String fileText = within.text();
        String value = secret.value();
        int from = secret.before().isEmpty() ? 0 : fileText.indexOf(secret.before());
        int at = fileText.indexOf(value, Math.max(from, 0));
        if (value.isEmpty() || at < 0) {
            return;
        }
        int base = within.range().start();
        Span span = new Span(within.source(), new TextRange(base + at, base + at + value.length()));
        if (!reported.add(span)) {
            return;
        }
        // A message never holds the secret, even when it is a word the message uses.
        String shown = message.contains(value) ? "literal secret in a command line" : message;
        List<TextRange> copies = new ArrayList<>();
        for (int i = fileText.indexOf(value); i >= 0; i = fileText.indexOf(value, i + value.length())) {
            copies.add(new TextRange(base + i, base + i + value.length()));
        }
        sink.reportSecret(span, shown, copies);
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
