package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** A sequence of and-or lists separated by {@code ;}, {@code &} or newlines. */
public record CommandList(List<AndOrList> items, TextRange range) {
    public CommandList {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
