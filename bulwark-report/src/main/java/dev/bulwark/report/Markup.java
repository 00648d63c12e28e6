package dev.bulwark.report;

/**
 * Escaping for XML and HTML text and attribute values. Characters XML 1.0 cannot hold (control
 * characters, lone surrogates) and those {@link TextSafety} keeps out of terminals become
 * {@code ?}, so audited text can neither break the markup nor hide in it.
 */
final class Markup {

    private Markup() {
    }

    /** Text safe inside an element or a double- or single-quoted attribute. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n' -> sb.append('\n');
                case '\t' -> sb.append('\t');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        sb.append('?');
                    } else {
                        sb.append(TextSafety.safeChar(c));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Like {@link #escape} and line ends kept as character references, for attribute values read back whole. */
    static String attribute(String s) {
        return escape(s).replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
