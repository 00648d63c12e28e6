package dev.bulwark.rules.secrets;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.core.Splits;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Files and directories that hold credentials, recognised by their path: {@code .env},
 * {@code .netrc}, SSH and cloud credentials ({@code ~/.ssh}, {@code ~/.aws/credentials},
 * {@code ~/.kube}, {@code ~/.docker/config.json}), service-account keys, private keys. Public
 * material kept beside them ({@code known_hosts}, {@code *.pub}, {@code ~/.aws/config}) and
 * templates ({@code .env.example}) are not credentials. Shared by the rules on COPY in
 * Dockerfiles and on mounts in Compose and Kubernetes.
 */
public final class CredentialFiles {
    private static final Set<String> FILE_NAMES = Set.of(".env", ".netrc", "_netrc", ".pypirc", ".npmrc",
            "kaggle.json", ".git-credentials", ".dockercfg", ".vault-token", ".pgpass", "id_rsa", "id_dsa", "id_ecdsa",
            "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk", "credentials.json", "application_default_credentials.json",
            "service-account.json", "service_account.json", "serviceaccount.json", "client_secret.json");
    // Directories whose whole content is credentials.
    private static final Set<String> DIRECTORIES = Set.of(".ssh", ".aws", ".gnupg", ".kube", ".huggingface",
            ".docker", ".azure", ".kaggle");
    // Files in those directories that are public or plain configuration.
    private static final Set<String> PUBLIC_IN_DIRECTORIES = Set.of("known_hosts", "config", "authorized_keys",
            "environment", "rc");
    // `.env.example` and friends are templates meant to be committed.
    private static final Set<String> TEMPLATE_SUFFIXES = Set.of("example", "sample", "template", "dist", "defaults",
            "default", "tmpl", "tpl", "in", "local.example");
    // Words in a key file's name that mark public material: package signing keys, public halves.
    private static final List<String> PUBLIC_KEY_WORDS = List.of("pub", "public", "gpg", "pgp", "asc", "apt",
            "signing", "release", "archive", "repo", "trust", "truststore");

    private CredentialFiles() {
    }

    /** How to name the credential file at {@code path} in a message; empty when it is not one. */
    public static Optional<String> describe(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        String[] parts = p.split("/");
        if (parts.length == 0) {
            return Optional.empty();
        }
        String name = parts[parts.length - 1];
        String lower = name.toLowerCase(Locale.ROOT);
        String parent = parts.length > 1 ? parts[parts.length - 2] : "";
        if (name.contains("*") || name.contains("?") || name.contains("[")) {
            return Optional.empty();
        }
        String shown = "`" + path + "`";
        // gcloud keeps its credentials in ~/.config/gcloud.
        boolean gcloud = name.equals("gcloud") && parent.equals(".config");
        if (DIRECTORIES.contains(name) || gcloud) {
            return Optional.of("the " + shown + " directory");
        }
        if (DIRECTORIES.contains(parent)) {
            // A kubeconfig holds the cluster credentials; other `config` files are settings.
            boolean kubeconfig = parent.equals(".kube") && lower.equals("config");
            boolean credential = (kubeconfig || !PUBLIC_IN_DIRECTORIES.contains(lower)) && !lower.endsWith(".pub")
                    && !(parent.equals(".docker") && !lower.equals("config.json"))
                    && !(parent.equals(".aws") && !lower.equals("credentials"));
            return credential ? Optional.of("credential file " + shown) : Optional.empty();
        }
        if (FILE_NAMES.contains(lower)) {
            return Optional.of("credential file " + shown);
        }
        if (lower.startsWith(".env.")) {
            String suffix = lower.substring(".env.".length());
            return TEMPLATE_SUFFIXES.contains(suffix) ? Optional.empty() : Optional.of("credential file " + shown);
        }
        if (lower.startsWith("client_secret") && lower.endsWith(".json")) {
            return Optional.of("credential file " + shown);
        }
        if (lower.endsWith(".key") || lower.endsWith(".pem") || lower.endsWith(".p12") || lower.endsWith(".pfx")) {
            // Certificates and public or signing keys share these extensions: only names that
            // say "private key" count.
            String stem = lower.substring(0, lower.lastIndexOf('.'));
            boolean publicMaterial = stem.contains("pub") || containsAnyWord(stem, PUBLIC_KEY_WORDS);
            // A .pem is usually a certificate: only one whose name says "key" counts.
            boolean privateKey = !lower.endsWith(".pem") || stem.contains("key") || stem.contains("private")
                    || stem.startsWith("id_");
            return privateKey && !publicMaterial ? Optional.of("private key " + shown) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean containsAnyWord(String stem, List<String> words) {
        for (String word : words) {
            if (containsWord(stem, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String stem, String word) {
        for (String part : Splits.onNonLowerAlphanumeric(stem)) {
            if (part.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
