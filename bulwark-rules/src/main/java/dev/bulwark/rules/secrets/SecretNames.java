package dev.bulwark.rules.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a variable name looks like it holds a credential. Follows BuildKit's
 * {@code SecretsUsedInArgOrEnv} (spec 1.13): the name is split into tokens at {@code _} and a
 * secret token makes it secret unless an allow token says it holds something else
 * ({@code SECRET_FILE} names a path, {@code PUBLIC_KEY} is public). bulwark extends both lists
 * and also splits camelCase and {@code -}/{@code .} so {@code hfToken} and {@code api-key} count.
 */
public final class SecretNames {
    // spec 1.13 token list, plus spellings seen in ML setups.
    private static final Set<String> SECRET_TOKENS = Set.of(
            "apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd",
            "secret", "token", "pass", "passphrase", "privatekey", "accesskey", "secretkey", "apitoken",
            "hftoken", "pat", "secrets", "accesstoken", "authtoken", "apisecret", "clientsecret", "refreshtoken",
            "bearertoken", "masterkey", "licensekey", "adminpassword", "dbpassword",
            // Redis's password settings (`--requirepass`, `--masterauth`).
            "requirepass", "masterauth");

    // spec 1.13 allow list (public, file, version), plus tokens that mark the value as a
    // reference to a secret or as public material rather than the secret itself: a GPG key
    // fingerprint (the official python image's GPG_KEY), a key id, a path, a URL, a switch.
    // `apt` covers APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE, a setting of the apt-key tool.
    private static final Set<String> ALLOW_TOKENS = Set.of(
            "public", "file", "version", "gpg", "pgp", "fingerprint", "id", "path", "dir", "url",
            "uri", "endpoint", "host", "type", "mode", "method", "enabled", "enable", "disable",
            "disabled", "required", "name", "length", "size", "header", "provider", "apt", "keyring",
            "server", "ttl", "expiry", "timeout",
            // Switches of the database images: MYSQL_RANDOM_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD.
            "random", "allow");
    // A last word naming accounts says the value lists accounts, not their secrets:
    // AUTHENTICATION_APIKEY_USERS, API_KEY_OWNER.
    private static final Set<String> ACCOUNT_TOKENS = Set.of("user", "users", "username", "usernames", "owner",
            "owners", "login", "email");

    // Tokens that name the credential itself (every SECRET_TOKENS entry but the ambiguous
    // `key`, `auth`, `pat` and `credential`/`credentials`, which often name a file or a mode).
    private static final Set<String> CREDENTIAL_TOKENS = Set.of(
            "apikey", "password", "pword", "passwd", "secret", "token", "pass", "passphrase", "privatekey",
            "secretkey", "apitoken", "hftoken", "secrets", "accesstoken", "authtoken", "apisecret", "clientsecret",
            "refreshtoken", "bearertoken", "masterkey", "licensekey", "adminpassword", "dbpassword");

    private static final Set<String> VARIANTS = Set.of("base", "value", "str", "string", "raw", "plain", "b64",
            "base64", "encoded", "prod", "production", "dev", "test", "staging", "old", "new", "current", "default");

    // Words that make the `key` after them a credential: API_KEY, PRIVATE_KEY, SECRET_KEY. Not
    // `access`: an ACCESS_KEY is the public half of a key pair (MinIO, S3).
    private static final Set<String> KEY_QUALIFIERS = Set.of(
            "api", "private", "secret", "signing", "encryption", "master", "license", "client", "admin", "apisecret");

    private SecretNames() {
    }

    /** True when {@code name} looks like a credential variable. */
    public static boolean looksSecret(String name) {
        boolean secret = false;
        List<String> tokens = tokens(name);
        if (!tokens.isEmpty() && ACCOUNT_TOKENS.contains(tokens.get(tokens.size() - 1))) {
            return false;
        }
        for (String token : tokens) {
            if (ALLOW_TOKENS.contains(token)) {
                return false;
            }
            secret |= SECRET_TOKENS.contains(token);
        }
        return secret;
    }

    /**
     * True when {@code name} looks secret (see {@link #looksSecret}) and says plainly that its value
     * is the credential itself: its last word (variants such as {@code _PROD} or {@code _BASE}
     * aside) is a password, token or secret, or a key qualified as secret, private or an API's
     * ({@code AWS_SECRET_ACCESS_KEY}, {@code OPENAI_API_KEY}). A bare {@code KEY}, {@code AUTH} or
     * {@code PAT} is not enough ({@code CACHE_KEY}, {@code AUTH_MODE} and {@code S3_KEY} name
     * settings), nor is a credential word that only qualifies another noun
     * ({@code TOKEN_TRACKER_TIME_UNIT}, {@code PASSWORD_POLICY}). Rules that accept any literal
     * value, not only a random-looking one, ask this first.
     */
    public static boolean namesCredential(String name) {
        if (!looksSecret(name)) {
            return false;
        }
        List<String> tokens = tokens(name);
        int last = tokens.size() - 1;
        while (last > 0 && isVariant(tokens.get(last))) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        String word = tokens.get(last);
        if (CREDENTIAL_TOKENS.contains(word)) {
            return true;
        }
        if (word.equals("key")) {
            for (int i = 0; i < last; i++) {
                if (KEY_QUALIFIERS.contains(tokens.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    // `_PROD`, `_BASE`, `_2`: which credential, not what the value is.
    private static boolean isVariant(String token) {
        if (VARIANTS.contains(token)) {
            return true;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Lowercase tokens of a name split at {@code _ - .} and lower-to-upper camelCase steps. */
    static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '-' || c == '.') {
                flush(tokens, current);
            } else {
                if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                    flush(tokens, current);
                }
                current.append(c);
            }
        }
        flush(tokens, current);
        return tokens;
    }

    private static void flush(List<String> tokens, StringBuilder current) {
        if (current.length() > 0) {
            tokens.add(current.toString().toLowerCase(Locale.ROOT));
            current.setLength(0);
        }
    }
}
