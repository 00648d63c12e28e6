package dev.bulwark.compose;

/**
 * Paths in the model as CG's {@code tree.Path}: keys joined by dots, {@code []} for a list item;
 * in a pattern {@code *} matches any one part. Patterns are kept as split arrays in static final
 * fields, matched in plain code.
 */
final class ModelPath {
    static final String LIST_ITEM = "[]";
    static final String ANY = "*";

    private ModelPath() {
    }

    static String[] pattern(String dotted) {
        return dotted.split("\\.", -1);
    }

    /** True when {@code parts[0, length)} matches {@code pattern}. */
    static boolean matches(String[] parts, int length, String[] pattern) {
        if (length != pattern.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            String p = pattern[i];
            if (!p.equals(ANY) && !p.equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    static String text(String[] parts, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (parts[i].equals(LIST_ITEM)) {
                b.append("[]");
                continue;
            }
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(parts[i]);
        }
        return b.toString();
    }
}
