package dev.bulwark.rules.dockerfile;

/** Small URL helpers for rules that read download URLs out of commands. */
final class Urls {

    private Urls() {
    }

    /** {@code url} up to its query ({@code ?}) or fragment ({@code #}), whichever comes first. */
    static String withoutQuery(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                return url.substring(0, i);
            }
        }
        return url;
    }
}
