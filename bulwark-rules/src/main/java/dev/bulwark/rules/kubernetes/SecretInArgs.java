package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.PlaceholderValues;
import dev.bulwark.rules.secrets.SecretFormats;
import dev.bulwark.rules.secrets.SecretMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * A literal credential on a container's command line ({@code command}, {@code args}, an Argo
 * script's {@code source}): a token of a known format anywhere in an item; the value of an option
 * whose name says it is a credential ({@code --password=...}, {@code --api-key VALUE}); a shell
 * assignment {@code HF_TOKEN=...} in a {@code sh -c} script; the password of a URL
 * ({@code postgresql://user:pass@host}). References ({@code $(VAR)}, {@code $VAR},
 * {@code {{...}}}) and placeholders are not credentials. Values are redacted in every output.
 */
@RuleInfo(code = "KU027", name = "secret-in-args", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A credential is written in a container's command or arguments.",
        fix = "Revoke the credential; read it from a Secret, as a mounted file or through `$(VAR)` of a `secretKeyRef` variable.")
public final class SecretInArgs implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.templates(ctx.file())) {
            for (Container c : t.allContainers()) {
                List<Field> items = new ArrayList<>(c.command());
                items.addAll(c.args());
                if (c.scriptSource().isPresent()) {
                    items.add(c.scriptSource().get());
                }
                List<CommandLine.Secret> secrets = CommandLine.secrets(items);
                // Every finding redacts all the container's secrets: two can share a line.
                List<TextRange> all = new ArrayList<>(secrets.size());
                for (CommandLine.Secret s : secrets) {
                    all.add(ScalarRanges.of(s.item, s.start, s.end));
                }
                for (CommandLine.Secret s : secrets) {
                    List<TextRange> ranges = SecretMessages.inFileOf(s.item.valueSpan(), all);
                    String message = SecretMessages.safe(s.what + " in the command line of " + Pods.describe(c),
                            "credential in a container's command line", s.item.valueSpan(), ranges);
                    sink.reportSecret(s.item.valueSpan(), message, ranges);
                }
            }
        }
    }

    /** Finds credentials in command-line items. */
    static final class CommandLine {
        /** A credential: the item holding it and its offsets in the item's value. */
        static final class Secret {
            final Field item;
            final int start;
            final int end;
            final String what;

            Secret(Field item, int start, int end, String what) {
                this.item = item;
                this.start = start;
                this.end = end;
                this.what = what;
            }
        }

        /** A whitespace-separated word of an item, without its quotes. */
        private static final class Word {
            final Field item;
            final int start;
            final int end;
            final String text;

            Word(Field item, int start, int end, String text) {
                this.item = item;
                this.start = start;
                this.end = end;
                this.text = text;
            }
        }

        private static final String[] SWITCH_PREFIXES = {"use-", "no-", "with-", "without-", "skip-", "trust-",
            "allow-", "require-", "ignore-"};

        private CommandLine() {
        }

        static List<Secret> secrets(List<Field> items) {
            List<Secret> out = new ArrayList<>();
            List<Word> words = new ArrayList<>();
            for (Field item : items) {
                for (SecretMatch m : SecretFormats.find(item.textOrEmpty())) {
                    out.add(new Secret(item, m.range().start(), m.range().end(),
                            m.kind().description() + " (`" + m.kind().shape() + "`)"));
                }
                words.addAll(words(item));
            }
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                Secret s = assignment(w);
                if (s == null) {
                    s = urlPassword(w);
                }
                if (s == null && isOption(w.text) && w.text.indexOf('=') < 0 && i + 1 < words.size()) {
                    Word next = words.get(i + 1);
                    String name = optionName(w.text);
                    if (!next.text.startsWith("-") && !isSwitch(name) && Credentials.isLiteral(name, next.text)) {
                        s = new Secret(next.item, next.start, next.end, "value of `" + w.text + "`");
                    }
                }
                if (s != null && !overlaps(out, s)) {
                    out.add(s);
                }
            }
            return out;
        }

        /** {@code --name=value}, {@code -name=value} or a shell {@code NAME=value}. */
        private static Secret assignment(Word w) {
            int eq = w.text.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            String left = w.text.substring(0, eq);
            String value = unquote(w.text.substring(eq + 1));
            boolean option = isOption(left);
            if (!option && !isVariableName(left)) {
                return null;
            }
            String name = option ? optionName(left) : left;
            if (!Credentials.isLiteral(name, value)) {
                return null;
            }
            int valueStart = w.start + eq + 1;
            int valueEnd = w.end;
            if (valueEnd - valueStart >= 2 && isQuote(w.text.charAt(eq + 1))) {
                valueStart++;
                valueEnd--;
            }
            return new Secret(w.item, valueStart, valueEnd, "value of `" + left + "`");
        }

        /** The password of {@code scheme://user:password@host}. */
        private static Secret urlPassword(Word w) {
            int scheme = w.text.indexOf("://");
            if (scheme <= 0) {
                return null;
            }
            int at = w.text.indexOf('@', scheme + 3);
            int slash = w.text.indexOf('/', scheme + 3);
            if (at < 0 || (slash >= 0 && slash < at)) {
                return null;
            }
            int colon = w.text.indexOf(':', scheme + 3);
            if (colon < 0 || colon > at) {
                return null;
            }
            String password = w.text.substring(colon + 1, at);
            if (password.isEmpty() || PlaceholderValues.isPlaceholder(password)
                    || PlaceholderValues.isReference(password)) {
                return null;
            }
            return new Secret(w.item, w.start + colon + 1, w.start + at, "password in a URL");
        }

        private static List<Word> words(Field item) {
            List<Word> out = new ArrayList<>();
            String s = item.textOrEmpty();
            int i = 0;
            while (i < s.length()) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                int start = i;
                char quote = 0;
                while (i < s.length() && (quote != 0 || !Character.isWhitespace(s.charAt(i)))) {
                    char ch = s.charAt(i);
                    if (quote == 0 && isQuote(ch)) {
                        quote = ch;
                    } else if (quote != 0 && ch == quote) {
                        quote = 0;
                    }
                    i++;
                }
                if (i > start) {
                    int from = start;
                    int to = i;
                    // Strip a pair of quotes around the whole word: "secret" is the word secret.
                    if (to - from >= 2 && isQuote(s.charAt(from)) && s.charAt(to - 1) == s.charAt(from)) {
                        from++;
                        to--;
                    }
                    out.add(new Word(item, from, to, s.substring(from, to)));
                }
            }
            return out;
        }

        private static boolean isOption(String text) {
            return text.length() > 1 && text.charAt(0) == '-' && Character.isLetter(text.charAt(text.charAt(1) == '-'
                    ? Math.min(2, text.length() - 1) : 1));
        }

        /**
         * True for an option that takes no value although its name mentions a credential:
         * {@code --use-auth-token}, {@code --no-password}, {@code --password-stdin}.
         */
        private static boolean isSwitch(String name) {
            String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            for (String prefix : SWITCH_PREFIXES) {
                if (n.startsWith(prefix)) {
                    return true;
                }
            }
            return n.endsWith("-stdin") || n.endsWith("-prompt") || n.endsWith("-env");
        }

        private static String optionName(String option) {
            int i = 0;
            while (i < option.length() && option.charAt(i) == '-') {
                i++;
            }
            int eq = option.indexOf('=');
            return option.substring(i, eq < 0 ? option.length() : eq);
        }

        private static boolean isVariableName(String s) {
            if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
                return false;
            }
            for (int i = 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '_')) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isQuote(char c) {
            return c == '"' || c == '\'';
        }

        private static String unquote(String s) {
            if (s.length() >= 2 && isQuote(s.charAt(0)) && s.charAt(s.length() - 1) == s.charAt(0)) {
                return s.substring(1, s.length() - 1);
            }
            return s;
        }

        private static boolean overlaps(List<Secret> found, Secret s) {
            for (Secret f : found) {
                if (f.item == s.item && f.start < s.end && s.start < f.end) {
                    return true;
                }
            }
            return false;
        }
    }
}
