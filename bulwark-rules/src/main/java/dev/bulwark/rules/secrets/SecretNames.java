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
