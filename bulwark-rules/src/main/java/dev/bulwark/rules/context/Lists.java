package dev.bulwark.rules.context;

import java.util.List;

/** Message helpers: the first few items of a list, then how many more. */
final class Lists {
    private Lists() {
    }

    static String first(List<String> items, int shown) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size() && i < shown; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(items.get(i));
        }
        if (items.size() > shown) {
            out.append(" and ").append(items.size() - shown).append(" more");
        }
        return out.toString();
    }
}
