package dev.bulwark.dockerfile;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.dockerfile.syntax.Comment;
import dev.bulwark.dockerfile.syntax.Directive;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Token;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: the typed instructions, the parser directives of the leading block, every
 * comment line, the lossless token list (the tokens tile the text) and what BuildKit would
 * reject, as problems. {@code escapeChar} is {@code \} or the backtick of {@code # escape=`}.
 */
public record Dockerfile(
        SourceText source,
        List<Directive> directives,
        List<Instruction> instructions,
        List<Comment> comments,
        List<Token> tokens,
        List<SyntaxProblem> problems,
        char escapeChar) {

    public Dockerfile {
        directives = List.copyOf(directives);
        instructions = List.copyOf(instructions);
        comments = List.copyOf(comments);
        tokens = List.copyOf(tokens);
        problems = List.copyOf(problems);
    }

    /** The directive with this key ({@code syntax}, {@code escape}, {@code check}; case-insensitive). */
    public Optional<Directive> directive(String key) {
        for (Directive d : directives) {
            if (d.key().equalsIgnoreCase(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
