package dev.bulwark.compose;

/**
 * The YAML 1.2 core schema's resolution of a plain scalar, for scalars whose tag is custom
 * ({@code !override 512m}): the loader resolved untagged plain scalars already.
 */
final class CoreSchema {
    private CoreSchema() {
    }

    static ScalarType resolve(String plain) {
        switch (plain) {
            case "":
            case "~":
            case "null":
            case "Null":
            case "NULL":
                return ScalarType.NULL;
            case "true":
            case "True":
            case "TRUE":
            case "false":
            case "False":
            case "FALSE":
                return ScalarType.BOOLEAN;
            case ".inf":
            case ".Inf":
            case ".INF":
            case "+.inf":
            case "+.Inf":
            case "+.INF":
            case "-.inf":
            case "-.Inf":
            case "-.INF":
            case ".nan":
            case ".NaN":
            case ".NAN":
                return ScalarType.FLOAT;
            default:
                break;
        }
        if (isInteger(plain)) {
            return ScalarType.INTEGER;
        }
        return isFloat(plain) ? ScalarType.FLOAT : ScalarType.STRING;
    }

    private static boolean isInteger(String s) {
        if (s.startsWith("0o") && s.length() > 2) {
            return allIn(s, 2, "01234567");
        }
        if (s.startsWith("0x") && s.length() > 2) {
            return allIn(s, 2, "0123456789abcdefABCDEF");
        }
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        return s.length() > i && allIn(s, i, "0123456789");
    }

    /** {@code [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?} */
    private static boolean isFloat(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int n = s.length();
        int digits = 0;
        while (i < n && Numbers.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int fraction = 0;
            while (i < n && Numbers.isDigit(s.charAt(i))) {
                i++;
                fraction++;
            }
            if (digits == 0 && fraction == 0) {
                return false;
            }
        } else if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < n && Numbers.isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            return exponent > 0 && i == n;
        }
        return i == n;
    }

    private static boolean allIn(String s, int from, String allowed) {
        for (int i = from; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
