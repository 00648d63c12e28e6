package dev.bulwark.rules.kubernetes;

import dev.bulwark.rules.secrets.PlaceholderValues;
import dev.bulwark.rules.secrets.RandomValues;
import dev.bulwark.rules.secrets.SecretNames;

/**
 * Whether a value written for a name is a literal credential: the name says it holds a password,
 * token or secret key ({@link SecretNames#namesCredential}) and the value is written out, or the
 * name merely looks secret ({@code KEY}, {@code AUTH}) and the value looks generated. Placeholders,
 * references ({@code $(VAR)}, {@code {{...}}}) and settings (booleans, numbers, paths) are not.
 */
final class Credentials {
    private Credentials() {
    }

    static boolean isLiteral(String name, String value) {
        if (PlaceholderValues.isNotCredential(value)) {
            return false;
        }
        if (SecretNames.namesCredential(name)) {
            return true;
        }
        return SecretNames.looksSecret(name) && RandomValues.looksRandom(value);
    }
}
