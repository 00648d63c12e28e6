package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.Optional;
import java.util.OptionalInt;

/** A redirection such as {@code >file}, {@code 2>&1}, {@code <<EOF} or {@code <<<word}. */
public final class Redirection {
    private final int fd;
    private final RedirectOperator operator;
    private final Word target;
    private final TextRange range;
    // Set once by the parser when it reaches the body lines; never changed afterwards.
    private HereDoc heredoc;

    Redirection(int fd, RedirectOperator operator, Word target, TextRange range) {
        this.fd = fd;
        this.operator = operator;
        this.target = target;
        this.range = range;
    }

    /** The explicit descriptor written before the operator ({@code 2} in {@code 2>&1}). */
    public OptionalInt fd() {
        return fd < 0 ? OptionalInt.empty() : OptionalInt.of(fd);
    }

    /** The descriptor redirected: the explicit one, else 0 for input operators and 1 for output. */
    public int effectiveFd() {
        return fd >= 0 ? fd : operator.isInput() ? 0 : 1;
    }

    public RedirectOperator operator() {
        return operator;
    }

    /** The file, descriptor ({@code 1} in {@code 2>&1}), here-string or heredoc delimiter word. */
    public Word target() {
        return target;
    }

    /** Source range of the operator and its target (not the heredoc body). */
    public TextRange range() {
        return range;
    }

    /** The heredoc body, for {@code <<} and {@code <<-} when the body was found. */
    public Optional<HereDoc> heredoc() {
        return Optional.ofNullable(heredoc);
    }

    void attach(HereDoc body) {
        this.heredoc = body;
    }

    @Override
    public String toString() {
        return (fd >= 0 ? Integer.toString(fd) : "") + operator.text() + target.raw();
    }
}
