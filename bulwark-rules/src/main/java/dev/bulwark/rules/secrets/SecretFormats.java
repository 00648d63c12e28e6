package dev.bulwark.rules.secrets;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds credentials by their value format. Formats are the documented token shapes of each
 * provider (prefix plus a long random body), so a match is almost never a false alarm;
 * placeholders ({@code ghp_xxxx…}, {@code …EXAMPLE}) are skipped. Compose and Kubernetes rules
 * use the same matcher.
 */
public final class SecretFormats {
    // A token must not be glued to a longer identifier on the left: `mysk-…` is not `sk-…`.
    private static final String START = "(?<![A-Za-z0-9_\\-])";
    private static final String END = "(?![A-Za-z0-9_\\-])";

    // `group` is the part of the match that is the secret; `context`, when not empty, must occur
    // somewhere in the text for the format to apply (a service-account key file has both fields).
    // Every match contains one of `anchors`: a text without any of them is not scanned, which
    // spares almost every file the regex scan (the lookbehind runs at each position).
    // Compiled at the first text that holds an anchor: most files hold none.
    private record Format(SecretKind kind, LazyPattern pattern, int group, String context, List<String> anchors) {
        Format(SecretKind kind, List<String> anchors, LazyPattern pattern) {
            this(kind, pattern, 0, "", anchors);
        }

        boolean mayOccurIn(String text) {
            if (!context.isEmpty() && !text.contains(context)) {
                return false;
            }
            for (String anchor : anchors) {
                if (text.contains(anchor)) {
                    return true;
                }
            }
            return false;
        }
    }

    // Order matters: the first format claiming a range wins (Anthropic keys also start with `sk-`).
    private static final List<Format> FORMATS = List.of(
            new Format(SecretKind.GOOGLE_SERVICE_ACCOUNT_KEY, LazyPattern.of(
                    "\\\\?\"private_key\\\\?\"\\s*:\\s*\\\\?\"(-----BEGIN [^\"]*?)\\\\?\""), 1, "\"client_email",
                    List.of("\"private_key")),
            new Format(SecretKind.PRIVATE_KEY, List.of("-----BEGIN "), LazyPattern.of(
                    "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
                            + "(?:[\\s\\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)?")),
            new Format(SecretKind.AWS_ACCESS_KEY_ID, List.of("AKIA", "ASIA", "ABIA", "ACCA"), LazyPattern.of(
                    START + "(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}" + END)),
            new Format(SecretKind.GITHUB_TOKEN, List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
                    LazyPattern.of(START + "(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})" + END)),
            new Format(SecretKind.GITLAB_TOKEN, List.of("glpat-"), LazyPattern.of(
                    START + "glpat-[A-Za-z0-9_\\-]{20,}" + END)),
            new Format(SecretKind.HUGGING_FACE_TOKEN, List.of("hf_"), LazyPattern.of(
                    START + "hf_[A-Za-z0-9]{30,}" + END)),
            new Format(SecretKind.ANTHROPIC_API_KEY, List.of("sk-ant-"), LazyPattern.of(
                    START + "sk-ant-[A-Za-z0-9_\\-]{32,}" + END)),
            new Format(SecretKind.OPENAI_API_KEY, List.of("sk-"), LazyPattern.of(
                    START + "sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\\-]{32,}" + END)),
            new Format(SecretKind.SLACK_TOKEN, List.of("xox"), LazyPattern.of(
                    START + "xox[abposr]-[A-Za-z0-9\\-]{10,}" + END)),
            new Format(SecretKind.STRIPE_KEY, List.of("_live_"), LazyPattern.of(
                    START + "(?:sk|rk)_live_[A-Za-z0-9]{24,}" + END)),
            // header.payload.signature, both JSON parts starting `{"` (base64url `eyJ`).
            new Format(SecretKind.JWT, List.of("eyJ"), LazyPattern.of(
                    START + "eyJ[A-Za-z0-9_\\-]{10,}\\.eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{16,}" + END)));

    private SecretFormats() {
    }

    /** Every secret in {@code text}, in text order, without overlaps. */
    public static List<SecretMatch> find(CharSequence text) {
        List<SecretMatch> found = new ArrayList<>();
        String all = text.toString();
        for (Format format : FORMATS) {
            if (!format.mayOccurIn(all)) {
                continue;
            }
            Matcher m = format.pattern().matcher(text);
            while (m.find()) {
                TextRange range = new TextRange(m.start(format.group()), m.end(format.group()));
                if (!isPlaceholder(m.group(format.group())) && !overlapsAny(found, range)) {
                    found.add(new SecretMatch(format.kind(), range));
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(ByRange.INSTANCE);
        return List.copyOf(found);
    }

    // Documentation and templates use obviously fake values; a real token body is random, so it
    // has many distinct characters and none of the placeholder words.
    private static boolean isPlaceholder(String value) {
        if (value.startsWith("-----BEGIN")) {
            return false;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.contains("EXAMPLE") || upper.contains("XXXX") || upper.contains("YOUR")
                || upper.contains("REDACTED") || upper.contains("PLACEHOLDER") || upper.contains("DUMMY")
                || upper.contains("FAKE")) {
            return true;
        }
        return distinctChars(value) < 10;
    }

    private static int distinctChars(String value) {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < value.length(); i++) {
            seen.add(value.charAt(i));
        }
        return seen.size();
    }

    private static boolean overlapsAny(List<SecretMatch> found, TextRange range) {
        for (SecretMatch s : found) {
            if (s.range().overlaps(range)) {
                return true;
            }
        }
        return false;
    }

    private static final class ByRange implements Comparator<SecretMatch> {
        static final ByRange INSTANCE = new ByRange();

        @Override
        public int compare(SecretMatch a, SecretMatch b) {
            return a.range().compareTo(b.range());
        }
    }
}
