package dev.bulwark.rules.context;

import dev.bulwark.rules.secrets.PlaceholderValues;
import dev.bulwark.rules.secrets.SecretNames;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a credential-named file really holds a credential, from its content (never shown): a
 * {@code .env} with a secret-looking name set to a real value (a committed {@code .env} of
 * defaults is not a secret), a private key block, a token line in {@code .npmrc}/{@code .pypirc}/
 * {@code .netrc}, a {@code kaggle.json} key. Without content (a listing of a repository whose
 * files were not copied), only names that are credentials whatever they hold count.
 */
final class CredentialContent {
    private CredentialContent() {
    }

    /** Why the file is a credential, or empty when it is not (or cannot be told). */
    static Optional<String> judge(String path, Optional<String> text) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return alwaysCredential(path, name) ? Optional.of("credential file") : Optional.empty();
        }
        String t = text.get();
        if (t.contains("PRIVATE KEY-----")) {
            return Optional.of("private key");
        }
        if (name.equals(".env") || name.startsWith(".env.")) {
            return secretAssignment(t) ? Optional.of("secret-looking values") : Optional.empty();
        }
        if (name.equals(".npmrc")) {
            return lineWith(t, "_authtoken=", "_auth=", "_password=") ? Optional.of("registry token") : Optional.empty();
        }
        if (name.equals(".pypirc") || name.equals(".netrc") || name.equals("_netrc")) {
            return lineWith(t, "password") ? Optional.of("password") : Optional.empty();
        }
        if (name.equals("kaggle.json")) {
            return t.contains("\"key\"") ? Optional.of("Kaggle API key") : Optional.empty();
        }
        if (name.endsWith(".json")) {
            return t.contains("\"private_key\"") || t.contains("\"client_secret\"") || t.contains("\"auth\"")
                    ? Optional.of("service credentials") : Optional.empty();
        }
        if (name.equals("credentials")) {
            return t.contains("aws_secret_access_key") ? Optional.of("cloud credentials") : Optional.empty();
        }
        if (name.equals("token")) {
            return t.strip().isEmpty() ? Optional.empty() : Optional.of("access token");
        }
        if (name.equals(".git-credentials")) {
            return t.contains("@") ? Optional.of("Git credentials") : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean alwaysCredential(String path, String name) {
        String p = path.toLowerCase(Locale.ROOT);
        return name.equals("kaggle.json") || name.equals(".netrc") || name.equals(".git-credentials")
                || name.equals("id_rsa") || name.equals("id_ed25519") || name.equals("id_ecdsa") || name.equals("id_dsa")
                || p.endsWith(".aws/credentials") || (name.equals("token") && p.contains("huggingface/"));
    }

    private static boolean lineWith(String text, String... needles) {
        for (String line : text.split("\n")) {
            String l = line.strip().toLowerCase(Locale.ROOT);
            if (l.startsWith("#") || l.startsWith(";")) {
                continue;
            }
            for (String n : needles) {
                int at = l.indexOf(n);
                if (at >= 0) {
                    String rest = l.substring(at + n.length()).replace("=", " ").replace(":", " ").strip();
                    if (!rest.isEmpty() && !PlaceholderValues.isNotCredential(rest)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean secretAssignment(String text) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#") || l.isEmpty()) {
                continue;
            }
            if (l.startsWith("export ")) {
                l = l.substring(7).strip();
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = l.substring(0, eq).strip();
            String value = l.substring(eq + 1).strip();
            int hash = value.indexOf(" #");
            if (hash >= 0) {
                value = value.substring(0, hash).strip();
            }
            if (SecretNames.namesCredential(key) && !PlaceholderValues.isNotCredential(value)) {
                return true;
            }
        }
        return false;
    }
}
