package dev.bulwark.shell;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import java.util.List;

/**
 * The body of a {@code <<DELIM} / {@code <<-DELIM} redirection (the lines after the command's line,
 * up to the terminator line).
 *
 * @param delimiter the delimiter after quote removal
 * @param quoted    whether any part of the delimiter was quoted: the body is then not expanded
 * @param stripTabs {@code <<-}: leading tabs are removed from every body line
 * @param text      the body as the command receives it (tabs stripped for {@code <<-})
 * @param body      the body text mapped to the source; parse it with {@link ShellParser} when the
 *                  command is a shell ({@code bash <<EOF})
 * @param parts     the body as parts: one literal when quoted, else literals and expansions (its
 *                  command substitutions are in {@link ShellScript#commands()})
 * @param range     source range of the body, without the terminator line
 */
public record HereDoc(String delimiter, boolean quoted, boolean stripTabs, String text, MappedText body,
                      List<WordPart> parts, TextRange range) {
    public HereDoc {
        parts = List.copyOf(parts);
    }
}
