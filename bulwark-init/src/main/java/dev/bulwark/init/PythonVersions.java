package dev.bulwark.init;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which Python minor version of the table a {@code requires-python} specifier allows. */
final class PythonVersions {
    private static final Pattern CLAUSE = Pattern.compile("(==|~=|>=|<=|<|>|!=)\\s*3\\.(\\d+)");

    private PythonVersions() {
    }

    /** The newest minor of the table the specifier allows, preferring the default; empty when none does. */
    static Optional<String> minorFor(String specifier) {
        if (allows(specifier, BaseImages.DEFAULT_PYTHON)) {
            return Optional.of(BaseImages.DEFAULT_PYTHON);
        }
        for (int i = BaseImages.PYTHON.size() - 1; i >= 0; i--) {
            String minor = BaseImages.PYTHON.get(i).minor();
            if (allows(specifier, minor)) {
                return Optional.of(minor);
            }
        }
        return Optional.empty();
    }

    /** Whether every clause of the specifier admits {@code 3.N} (patch versions aside). */
    static boolean allows(String specifier, String minor) {
        int n = Integer.parseInt(minor.substring(minor.indexOf('.') + 1));
        Matcher m = CLAUSE.matcher(specifier);
        while (m.find()) {
            int v = Integer.parseInt(m.group(2));
            boolean ok = switch (m.group(1)) {
                case "==" -> n == v;
                case "~=" -> n >= v;
                case ">=" -> n >= v;
                case ">" -> n > v;
                case "<=" -> n <= v;
                case "<" -> n < v;
                default -> n != v || specifier.contains(m.group() + ".");
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
