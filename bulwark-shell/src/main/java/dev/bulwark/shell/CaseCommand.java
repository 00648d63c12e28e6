package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** {@code case word in pattern|pattern) list;; ... esac}. */
public record CaseCommand(Word subject, List<Item> items, List<Redirection> redirections, TextRange range)
        implements Command {
    public CaseCommand {
        items = List.copyOf(items);
        redirections = List.copyOf(redirections);
    }

    /**
     * One {@code pattern) list ;;} item.
     *
     * @param terminator {@code ;;}, {@code ;&}, {@code ;;&}, or empty for a last item without one
     */
    public record Item(List<Word> patterns, CommandList body, String terminator, TextRange range) {
        public Item {
            patterns = List.copyOf(patterns);
        }
    }
}
