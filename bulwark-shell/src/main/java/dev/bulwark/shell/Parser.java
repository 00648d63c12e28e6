package dev.bulwark.shell;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-written recursive-descent parser for the POSIX sh grammar (XCU 2.10) plus the bash forms
 * found in RUN instructions. It reads characters directly: shell tokens depend on context
 * (reserved words only in command position, heredoc bodies after the next newline), so there is
 * no separate token stream. Every loop consumes at least one character or stops, and nesting is
 * capped, so any input terminates without an exception.
 */
final class Parser {
    // Real scripts nest a handful of levels; the cap keeps recursion far below the stack limit.
    private static final int MAX_DEPTH = 100;
    private static final String[] CLOSERS = {"then", "elif", "else", "fi", "do", "done", "esac", "}"};
    private static final String[] PARAM_OPERATORS = {":-", ":=", ":?", ":+", "##", "%%", "//", "/#", "/%", "^^",
        ",,", "-", "=", "?", "+", "#", "%", "/", "^", ",", ":", "@"};
    private static final String SPECIAL_PARAMETERS = "@*#?-$!";

    private enum Mode { DOUBLE_QUOTED, HEREDOC, PARAMETER, ARITHMETIC }

    private record PendingHereDoc(Redirection redirection, String delimiter, boolean quoted, boolean stripTabs,
                                  int start, int end) {
    }

    private record Chain(List<Pipeline> pipelines, List<ChainOperator> operators, TextRange range) {
    }

    // A failed attempt may have read heredoc bodies (emptying the pending list): keep a copy.
    private record Snapshot(int pos, int lastEnd, int problems, List<PendingHereDoc> pending, boolean abandoned) {
    }

    private final String s;
    private final int len;
    private final OffsetMap map;
    private final List<SyntaxProblem> problems;
    private final List<PendingHereDoc> pending = new ArrayList<>();
    // Positions of "$((" that turned out not to be arithmetic: avoids re-trying (exponential) nesting.
    private final Set<Integer> notArithmetic = new HashSet<>();
    private final Backtracking backtracking;
    private int substitutionDepth;
    private int depth;
    private int pos;
    private int lastEnd;
    private boolean abandoned;

    Parser(String text, OffsetMap map, List<SyntaxProblem> problems, int substitutionDepth, int depth) {
        this(text, map, problems, substitutionDepth, depth, new Backtracking(text.length()));
    }

    private Parser(String text, OffsetMap map, List<SyntaxProblem> problems, int substitutionDepth, int depth,
            Backtracking backtracking) {
        this.s = text;
        this.len = text.length();
        this.map = map;
        this.problems = problems;
        this.substitutionDepth = substitutionDepth;
        this.depth = depth;
        this.backtracking = backtracking;
    }

    CommandList parseScript() {
        CommandList list = parseList(true);
        for (PendingHereDoc p : pending) {
            report(p.start(), p.end(), "missing heredoc body for `" + p.delimiter() + "`");
        }
        pending.clear();
        return list;
    }

    // ---------------------------------------------------------------- lists and pipelines

    private CommandList parseList(boolean top) {
        List<AndOrList> items = new ArrayList<>();
        while (true) {
            skipLinebreaks();
            if (pos >= len) {
                break;
            }
            if (atCloser()) {
                if (!top) {
                    break;
                }
                reportUnexpected();
                pos = tokenEnd(pos);
                continue;
            }
            int itemStart = pos;
            Chain chain = parseAndOr();
            if (chain == null) {
                if (pos == itemStart) {
                    reportUnexpected();
                    pos = tokenEnd(pos);
                }
                continue;
            }
            skipBlanks();
            boolean background = false;
            boolean separated = false;
            if (pos < len) {
                char c = s.charAt(pos);
                if (c == ';' && at(pos + 1) != ';' && at(pos + 1) != '&') {
                    consume(1);
                    separated = true;
                } else if (c == '&' && at(pos + 1) != '&' && at(pos + 1) != '>') {
                    consume(1);
                    background = true;
                    separated = true;
                }
            }
            items.add(AndOrList.of(chain.pipelines(), chain.operators(), background, chain.range()));
            if (!separated && pos < len) {
                char c = s.charAt(pos);
                if (c != '\n' && c != '#' && !atCloser()) {
                    // spec: XCU 2.10 needs a separator between commands, as in "fi x" or "echo (x)".
                    reportUnexpected();
                }
            }
        }
        TextRange r = items.isEmpty() ? map.range(pos, pos)
                : items.get(0).range().cover(items.get(items.size() - 1).range());
        return new CommandList(items, r);
    }

    private Chain parseAndOr() {
        Pipeline first = parsePipeline();
        if (first == null) {
            return null;
        }
        List<Pipeline> pipelines = new ArrayList<>();
        List<ChainOperator> operators = new ArrayList<>();
        pipelines.add(first);
        while (true) {
            skipBlanks();
            ChainOperator op = startsWith("&&") ? ChainOperator.AND : startsWith("||") ? ChainOperator.OR : null;
            if (op == null) {
                break;
            }
            int opStart = pos;
            consume(2);
            skipLinebreaks();
            Pipeline next = parsePipeline();
            if (next == null) {
                report(opStart, opStart + 2, "missing command after `" + op.text() + "`");
                break;
            }
            operators.add(op);
            pipelines.add(next);
        }
        TextRange r = first.range().cover(pipelines.get(pipelines.size() - 1).range());
        return new Chain(pipelines, operators, r);
    }

    private Pipeline parsePipeline() {
        skipBlanks();
        int start = pos;
        boolean negated = false;
        if (atReserved("!")) {
            consume(1);
            negated = true;
        }
        Command first = parseCommand();
        if (first == null) {
            if (!negated) {
                return null;
            }
            report(start, start + 1, "missing command after `!`");
            return Pipeline.of(List.of(), true, map.range(start, start + 1));
        }
        List<Command> commands = new ArrayList<>();
        commands.add(first);
        while (true) {
            skipBlanks();
            if (at(pos) != '|' || at(pos + 1) == '|') {
                break;
            }
            int opStart = pos;
            consume(at(pos + 1) == '&' ? 2 : 1);
            skipLinebreaks();
            Command next = parseCommand();
            if (next == null) {
                report(opStart, opStart + 1, "missing command after `|`");
                break;
            }
            commands.add(next);
        }
        TextRange head = negated ? map.range(start, start + 1) : first.range();
        return Pipeline.of(commands, negated, head.cover(commands.get(commands.size() - 1).range()));
    }

    // ---------------------------------------------------------------- commands

    private Command parseCommand() {
        skipBlanks();
        if (pos >= len) {
            return null;
        }
        char c = s.charAt(pos);
        if (c == '(') {
            if (at(pos + 1) == '(') {
                Command arithmetic = parseArithmeticCommand();
                if (arithmetic != null) {
                    return arithmetic;
                }
            }
            return parseSubshell();
        }
        if (atReserved("{")) {
            return parseGroup();
        } else if (atReserved("if")) {
            return parseIf();
        } else if (atReserved("while")) {
            return parseWhile(false);
        } else if (atReserved("until")) {
            return parseWhile(true);
        } else if (atReserved("for")) {
            return parseFor();
        } else if (atReserved("case")) {
            return parseCase();
        } else if (atReserved("function")) {
            return parseFunctionKeyword();
        } else if (atReserved("[[")) {
            return parseDoubleBracket();
        } else if (atCloser()) {
            return null;
        }
        return parseSimpleCommand();
    }

    private Command parseSimpleCommand() {
        int start = pos;
        List<Assignment> assignments = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Redirection> redirections = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (pos >= len) {
                break;
            }
            char c = s.charAt(pos);
            if (atRedirection()) {
                redirections.add(parseRedirection());
                continue;
            }
            boolean processSubstitution = (c == '<' || c == '>') && at(pos + 1) == '(';
            if (!processSubstitution && (c == '#' || c == '\n' || isMeta(c))) {
                break;
            }
            Word w = readWord();
            if (w == null) {
                break;
            }
            if (!words.isEmpty()) {
                words.add(w);
                continue;
            }
            Optional<Assignment> assignment = Assignment.of(w);
            if (assignment.isPresent()) {
                assignments.add(assignment.get());
                continue;
            }
            words.add(w);
            if (assignments.isEmpty() && redirections.isEmpty() && isFunctionName(w)) {
                int save = pos;
                skipBlanks();
                if (at(pos) == '(') {
                    int p = pos + 1;
                    while (p < len && isBlank(s.charAt(p))) {
                        p++;
                    }
                    if (at(p) == ')') {
                        pos = p;
                        consume(1);
                        return finishFunction(start, w.value(), w.range());
                    }
                }
                pos = save;
            }
        }
        if (assignments.isEmpty() && words.isEmpty() && redirections.isEmpty()) {
            pos = start;
            return null;
        }
        return new SimpleCommand(assignments, words, redirections, map.range(start, lastEnd), substitutionDepth > 0);
    }

    private static boolean isFunctionName(Word w) {
        return !w.isQuoted() && !w.hasExpansion() && w.raw().indexOf('=') < 0;
    }

    private Command parseSubshell() {
        int start = pos;
        if (!enter(start)) {
            return null;
        }
        consume(1);
        CommandList body = nonEmpty(parseList(false), start, "(");
        if (at(pos) == ')') {
            consume(1);
        } else {
            report(start, start + 1, "missing `)`");
        }
        leave();
        List<Redirection> redirections = parseTrailingRedirections();
        return new Subshell(body, redirections, map.range(start, lastEnd));
    }

    private Command parseGroup() {
        int start = pos;
        if (!enter(start)) {
            return null;
        }
        consume(1);
        CommandList body = nonEmpty(parseList(false), start, "{");
        expectKeyword("}", start, "{");
        leave();
        List<Redirection> redirections = parseTrailingRedirections();
        return new BraceGroup(body, redirections, map.range(start, lastEnd));
    }

    private Command parseIf() {
        int start = pos;
        if (!enter(start)) {
            return null;
        }
        consume(2);
        List<IfCommand.Branch> branches = new ArrayList<>();
        CommandList condition = nonEmpty(parseList(false), start, "if");
        int then = pos;
        expectKeyword("then", start, "if");
        branches.add(new IfCommand.Branch(condition, nonEmpty(parseList(false), then, "then")));
        while (atReserved("elif")) {
            int elif = pos;
            consume(4);
            CommandList c = nonEmpty(parseList(false), elif, "elif");
            int elifThen = pos;
            expectKeyword("then", elif, "elif");
            branches.add(new IfCommand.Branch(c, nonEmpty(parseList(false), elifThen, "then")));
        }
        CommandList elseBody = emptyList();
        if (atReserved("else")) {
            int elseStart = pos;
            consume(4);
            elseBody = nonEmpty(parseList(false), elseStart, "else");
        }
        expectKeyword("fi", start, "if");
        leave();
        List<Redirection> redirections = parseTrailingRedirections();
        return new IfCommand(branches, elseBody, redirections, map.range(start, lastEnd));
    }

    private Command parseWhile(boolean until) {
        int start = pos;
        if (!enter(start)) {
            return null;
        }
        String keyword = until ? "until" : "while";
        consume(keyword.length());
        CommandList condition = nonEmpty(parseList(false), start, keyword);
        CommandList body = parseDoGroup(start, keyword);
        leave();
        List<Redirection> redirections = parseTrailingRedirections();
        return new WhileCommand(until, condition, body, redirections, map.range(start, lastEnd));
    }

    private CommandList parseDoGroup(int openerStart, String opener) {
        int doStart = pos;
        if (!expectKeyword("do", openerStart, opener)) {
            return emptyList();
        }
        CommandList body = nonEmpty(parseList(false), doStart, "do");
        expectKeyword("done", openerStart, opener);
        return body;
    }

    private Command parseFor() {
        int start = pos;
        if (!enter(start)) {
            return null;
        }
        consume(3);
        skipBlanks();
        if (startsWith("((")) {
            int headerStart = pos + 2;
            consume(2);
            readParts(Mode.ARITHMETIC);
            String header = s.substring(headerStart, pos);
            if (startsWith("))")) {
                consume(2);
            } else {
                report(start, start + 3, "missing `))` in `for ((`");
            }
            skipBlanks();
            if (at(pos) == ';') {
                consume(1);
            }
            skipLinebreaks();
            CommandList body = parseDoGroup(start, "for");
            leave();
            List<Redirection> redirections = parseTrailingRedirections();
            return new ArithmeticForCommand(header, body, redirections, map.range(start, lastEnd));
        }
        String variable = "";
        Word name = pos < len && !isWordEnd(pos) ? readWord() : null;
        if (name == null) {
            report(start, start + 3, "missing variable after `for`");
        } else {
            variable = name.value();
        }
        skipLinebreaks();
        boolean hasIn = false;
        List<Word> items = new ArrayList<>();
        if (atReserved("in")) {
            hasIn = true;
            consume(2);
            while (true) {
                skipBlanks();
                if (pos >= len || s.charAt(pos) == '\n' || s.charAt(pos) == '#' || isMeta(s.charAt(pos))) {
                    break;
                }
                Word w = readWord();
                if (w == null) {
                    break;
                }
                items.add(w);
            }
        }
        skipBlanks();
        if (at(pos) == ';' && at(pos + 1) != ';') {
            consume(1);
        }
        skipLinebreaks();
        CommandList body = parseDoGroup(start, "for");
        leave();
        List<Redirection> redirections = parseTrailingRedirections();
        return new ForCommand(variable, hasIn, items, body, redirections, map.range(start, lastEnd));
    }

    private Command parseCase() {
        int start = pos;
        if (!enter(start)) {
            return null;
        }
        consume(4);
        skipBlanks();
        Word subject = pos < len && !isWordEnd(pos) ? readWord() : null;
        if (subject == null) {
            report(start, start + 4, "missing word after `case`");
            subject = new Word("", map.range(pos, pos), List.of());
        }
        skipLinebreaks();
        expectKeyword("in", start, "case");
        List<CaseCommand.Item> items = new ArrayList<>();
        boolean closed = false;
        while (true) {
            skipLinebreaks();
            if (pos >= len) {
                break;
            }
            if (atReserved("esac")) {
                consume(4);
                closed = true;
                break;
            }
            int itemStart = pos;
            if (at(pos) == '(') {
                consume(1);
            }
            List<Word> patterns = new ArrayList<>();
            while (true) {
                skipBlanks();
                if (pos >= len || isWordEnd(pos)) {
                    break;
                }
                Word w = readWord();
                if (w == null) {
                    break;
                }
                patterns.add(w);
                skipBlanks();
                if (at(pos) == '|' && at(pos + 1) != '|') {
                    consume(1);
                    continue;
                }
                break;
            }
            if (at(pos) == ')') {
                consume(1);
            } else {
                report(itemStart, Math.max(itemStart + 1, Math.min(pos, len)), "missing `)` after case pattern");
            }
            CommandList body = parseList(false);
            String terminator = startsWith(";;&") ? ";;&" : startsWith(";;") ? ";;" : startsWith(";&") ? ";&" : "";
            consume(terminator.length());
            items.add(new CaseCommand.Item(patterns, body, terminator, map.range(itemStart, Math.max(itemStart, lastEnd))));
            if (terminator.isEmpty()) {
                skipLinebreaks();
                if (!atReserved("esac") || pos == itemStart) {
                    break;
                }
            }
        }
        if (!closed) {
            report(start, start + 4, "missing `esac` for `case`");
        }
        leave();
        List<Redirection> redirections = parseTrailingRedirections();
        return new CaseCommand(subject, items, redirections, map.range(start, lastEnd));
    }

    private Command parseFunctionKeyword() {
        int start = pos;
        consume("function".length());
        skipBlanks();
        Word name = pos < len && !isWordEnd(pos) ? readWord() : null;
        if (name == null) {
            report(start, start + 8, "missing name after `function`");
        }
        skipBlanks();
        if (at(pos) == '(') {
            int open = pos;
            consume(1);
            skipBlanks();
            if (at(pos) == ')') {
                consume(1);
            } else {
                report(open, open + 1, "missing `)` in function definition");
            }
        }
        return finishFunction(start, name == null ? "" : name.value(),
                name == null ? map.range(start, start + 8) : name.range());
    }

    private Command finishFunction(int start, String name, TextRange nameRange) {
        int headerEnd = lastEnd;
        skipLinebreaks();
        int bodyStart = pos;
        Command body = atCloser() ? null : parseCommand();
        if (body == null) {
            report(start, Math.max(start + 1, headerEnd), "missing body for function `" + name + "`");
            body = new BraceGroup(emptyList(), List.of(), map.range(bodyStart, bodyStart));
        } else if (body instanceof SimpleCommand simple) {
            // Not POSIX (the body must be compound) but bash-tolerated; link it like any command.
            AndOrList.of(List.of(Pipeline.of(List.of(simple), false, simple.range())), List.of(), false, simple.range());
        }
        return new FunctionDefinition(name, nameRange, body, map.range(start, Math.max(start, lastEnd)));
    }

    /** Bash {@code [[ ... ]]}: operators inside are words, so it becomes a simple command named {@code [[}. */
    private Command parseDoubleBracket() {
        int start = pos;
        List<Word> words = new ArrayList<>();
        words.add(literalWord(pos, pos + 2));
        consume(2);
        while (true) {
            skipBlanks();
            if (pos >= len || s.charAt(pos) == '\n' || s.charAt(pos) == ';') {
                report(start, start + 2, "missing `]]`");
                break;
            }
            if (atReserved("]]")) {
                words.add(literalWord(pos, pos + 2));
                consume(2);
                break;
            }
            char c = s.charAt(pos);
            if (isMeta(c)) {
                int n = (c == '&' || c == '|') && at(pos + 1) == c ? 2 : 1;
                words.add(literalWord(pos, pos + n));
                consume(n);
                continue;
            }
            Word w = readWord();
            if (w == null) {
                consume(1);
                continue;
            }
            words.add(w);
        }
        List<Redirection> redirections = parseTrailingRedirections();
        return new SimpleCommand(List.of(), words, redirections, map.range(start, lastEnd), substitutionDepth > 0);
    }

    /** Bash {@code (( expr ))}; null (nothing consumed) when the text is a nested subshell instead. */
    private Command parseArithmeticCommand() {
        int start = pos;
        if (!mayTryArithmetic(start)) {
            return null;
        }
        Snapshot snapshot = snapshot();
        consume(2);
        List<WordPart> parts = readParts(Mode.ARITHMETIC);
        if (!startsWith("))")) {
            restore(snapshot);
            notArithmetic.add(start);
            return null;
        }
        String expression = s.substring(start + 2, pos);
        consume(2);
        List<Redirection> redirections = parseTrailingRedirections();
        return new ArithmeticCommand(expression, parts, redirections, map.range(start, lastEnd));
    }

    private List<Redirection> parseTrailingRedirections() {
        List<Redirection> out = new ArrayList<>();
        while (true) {
            int save = pos;
            skipBlanks();
            if (pos < len && atRedirection()) {
                out.add(parseRedirection());
            } else {
                pos = save;
                return out;
            }
        }
    }

    // ---------------------------------------------------------------- redirections and heredocs

    private boolean atRedirection() {
        int i = pos;
        while (i < len && isDigit(s.charAt(i))) {
            i++;
        }
        if (i >= len) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '<' || c == '>') {
            // "<(" and ">(" start a process substitution, not a redirection.
            return i > pos || at(i + 1) != '(';
        }
        return i == pos && c == '&' && at(i + 1) == '>';
    }

    private Redirection parseRedirection() {
        int start = pos;
        int fd = -1;
        int digits = pos;
        while (digits < len && isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > pos) {
            // Descriptors beyond int range are nonsense; keep the redirection, drop the number.
            fd = digits - pos <= 9 ? Integer.parseInt(s.substring(pos, digits)) : -1;
            pos = digits;
        }
        RedirectOperator op = redirectOperatorAt();
        int opStart = pos;
        consume(op.text().length());
        skipBlanks();
        Word target = pos < len && !isWordEnd(pos) ? readWord() : null;
        if (target == null) {
            report(opStart, opStart + op.text().length(), "missing target after `" + op.text() + "`");
            target = new Word("", map.range(lastEnd, lastEnd), List.of());
        }
        Redirection r = new Redirection(fd, op, target, map.range(start, lastEnd));
        if (op.isHeredoc() && !target.parts().isEmpty()) {
            pending.add(new PendingHereDoc(r, target.value(), target.isQuoted(),
                    op == RedirectOperator.HEREDOC_STRIP_TABS, start, lastEnd));
        }
        return r;
    }

    private RedirectOperator redirectOperatorAt() {
        if (startsWith("&>>")) {
            return RedirectOperator.APPEND_OUTPUT_AND_ERROR;
        } else if (startsWith("&>")) {
            return RedirectOperator.OUTPUT_AND_ERROR;
        } else if (startsWith("<<<")) {
            return RedirectOperator.HERE_STRING;
        } else if (startsWith("<<-")) {
            return RedirectOperator.HEREDOC_STRIP_TABS;
        } else if (startsWith("<<")) {
            return RedirectOperator.HEREDOC;
        } else if (startsWith("<>")) {
            return RedirectOperator.READ_WRITE;
        } else if (startsWith("<&")) {
            return RedirectOperator.DUPLICATE_INPUT;
        } else if (startsWith("<")) {
            return RedirectOperator.INPUT;
        } else if (startsWith(">>")) {
            return RedirectOperator.APPEND;
        } else if (startsWith(">&")) {
            return RedirectOperator.DUPLICATE_OUTPUT;
        } else if (startsWith(">|")) {
            return RedirectOperator.CLOBBER;
        }
        return RedirectOperator.OUTPUT;
    }

    private void consumeNewline() {
        pos++;
        if (!pending.isEmpty()) {
            readHereDocBodies();
        }
    }

    /** spec XCU 2.7.4: bodies follow the line of their operators, in order, each up to its delimiter line. */
    private void readHereDocBodies() {
        List<PendingHereDoc> todo = new ArrayList<>(pending);
        pending.clear();
        for (PendingHereDoc p : todo) {
            int bodyStart = pos;
            int bodyEnd = -1;
            while (pos < len) {
                int lineStart = pos;
                int lineEnd = s.indexOf('\n', pos);
                if (lineEnd < 0) {
                    lineEnd = len;
                }
                int compareEnd = lineEnd > lineStart && s.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
                int compareStart = lineStart;
                while (p.stripTabs() && compareStart < compareEnd && s.charAt(compareStart) == '\t') {
                    compareStart++;
                }
                pos = lineEnd < len ? lineEnd + 1 : len;
                if (compareEnd - compareStart == p.delimiter().length() && s.startsWith(p.delimiter(), compareStart)) {
                    bodyEnd = lineStart;
                    break;
                }
            }
            if (bodyEnd < 0) {
                bodyEnd = len;
                report(p.start(), p.end(), "unterminated heredoc `" + p.delimiter() + "`");
            }
            p.redirection().attach(hereDoc(p, bodyStart, bodyEnd));
        }
    }

    private HereDoc hereDoc(PendingHereDoc p, int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        MappedText.Builder body = MappedText.builder();
        int line = from;
        while (line < to) {
            int next = s.indexOf('\n', line);
            next = next < 0 || next >= to ? to : next + 1;
            int content = line;
            while (p.stripTabs() && content < next && s.charAt(content) == '\t') {
                content++;
            }
            text.append(s, content, next);
            appendMapped(body, content, next);
            line = next;
        }
        List<WordPart> parts;
        if (p.quoted()) {
            parts = from < to ? List.of(new WordPart.Literal(s.substring(from, to), map.range(from, to))) : List.of();
        } else {
            Parser sub = new Parser(s.substring(from, to), OffsetMap.shifted(map, from), problems, substitutionDepth,
                    depth + 1, backtracking);
            parts = sub.readParts(Mode.HEREDOC);
        }
        return new HereDoc(p.delimiter(), p.quoted(), p.stripTabs(), text.toString(),
                body.build(map.range(to, to).start()), parts, map.range(from, to));
    }

    /** Appends text [from, to) keeping its source map, one run per contiguous source stretch. */
    private void appendMapped(MappedText.Builder builder, int from, int to) {
        int i = from;
        while (i < to) {
            int source = map.range(i, i + 1).start();
            int j = i + 1;
            while (j < to && map.range(j, j + 1).start() == source + (j - i)) {
                j++;
            }
            builder.appendRun(s.substring(i, j), source);
            i = j;
        }
    }

    // ---------------------------------------------------------------- words

    private Word readWord() {
        int start = pos;
        List<WordPart> parts = new ArrayList<>();
        int literal = pos;
        while (pos < len) {
            char c = s.charAt(pos);
            if (isBlank(c) || c == '\n') {
                break;
            }
            if (isMeta(c)) {
                if ((c == '<' || c == '>') && pos == start && at(pos + 1) == '(') {
                    parts.add(readProcessSubstitution());
                    literal = pos;
                    continue;
                }
                if (c == '(' && parts.isEmpty() && isArrayAssignmentPrefix(literal, pos)) {
                    skipArrayValue();
                    continue;
                }
                break;
            }
            if (c == '\\') {
                int continuation = continuationAt(pos);
                if (continuation > 0) {
                    flush(parts, literal, pos);
                    pos += continuation;
                    literal = pos;
                } else if (pos + 1 < len) {
                    flush(parts, literal, pos);
                    parts.add(new WordPart.Escaped(s.substring(pos, pos + 2), s.substring(pos + 1, pos + 2),
                            map.range(pos, pos + 2)));
                    pos += 2;
                    literal = pos;
                } else {
                    pos++;
                }
                continue;
            }
            int partStart = pos;
            WordPart part = switch (c) {
                case '\'' -> readSingleQuoted();
                case '"' -> readDoubleQuoted(false);
                case '$' -> readDollar(false);
                case '`' -> readBackquote(false);
                default -> null;
            };
            if (part == null) {
                pos = partStart + 1;
                continue;
            }
            flush(parts, literal, partStart);
            parts.add(part);
            literal = pos;
        }
        flush(parts, literal, pos);
        if (pos == start) {
            return null;
        }
        lastEnd = pos;
        return new Word(s.substring(start, pos), map.range(start, pos), parts);
    }

    private boolean isArrayAssignmentPrefix(int from, int to) {
        if (to - from < 2 || s.charAt(to - 1) != '=') {
            return false;
        }
        int end = s.charAt(to - 2) == '+' ? to - 2 : to - 1;
        if (end <= from || !Assignment.isNameStart(s.charAt(from))) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (!Assignment.isNameChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Bash {@code a=(x y)}: the parenthesised list stays literal text of the word. */
    private void skipArrayValue() {
        int open = pos;
        int parens = 0;
        while (pos < len) {
            char c = s.charAt(pos);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
                if (parens == 0) {
                    pos++;
                    return;
                }
            } else if (c == '\\') {
                pos++;
            }
            pos++;
        }
        pos = len;
        report(open, open + 1, "missing `)` in array assignment");
    }

    private WordPart readSingleQuoted() {
        int start = pos;
        int close = s.indexOf('\'', pos + 1);
        if (close < 0) {
            report(start, start + 1, "unterminated single quote");
            pos = len;
            return new WordPart.SingleQuoted(s.substring(start), s.substring(start + 1), map.range(start, len));
        }
        pos = close + 1;
        return new WordPart.SingleQuoted(s.substring(start, pos), s.substring(start + 1, close), map.range(start, pos));
    }

    private WordPart readDoubleQuoted(boolean dollar) {
        int start = pos;
        pos += dollar ? 2 : 1;
        List<WordPart> inner = readParts(Mode.DOUBLE_QUOTED);
        if (at(pos) == '"') {
            pos++;
        } else {
            report(start, start + 1, "unterminated double quote");
        }
        return new WordPart.DoubleQuoted(s.substring(start, pos), inner, map.range(start, pos));
    }

    /**
     * The parts up to the mode's terminator, which is left unconsumed: {@code "} for double quotes,
     * <code>}</code> for a parameter's argument, an unbalanced {@code )} for arithmetic, the end
     * for a heredoc body.
     */
    private List<WordPart> readParts(Mode mode) {
        List<WordPart> parts = new ArrayList<>();
        int literal = pos;
        int parens = 0;
        while (pos < len) {
            char c = s.charAt(pos);
            if (mode == Mode.DOUBLE_QUOTED && c == '"' || mode == Mode.PARAMETER && c == '}') {
                break;
            }
            if (mode == Mode.ARITHMETIC) {
                if (c == '(') {
                    parens++;
                } else if (c == ')') {
                    if (parens == 0) {
                        break;
                    }
                    parens--;
                }
            }
            if (c == '\\') {
                int continuation = continuationAt(pos);
                if (continuation > 0) {
                    flush(parts, literal, pos);
                    pos += continuation;
                    literal = pos;
                    continue;
                }
                if (pos + 1 < len && escapes(mode, s.charAt(pos + 1))) {
                    flush(parts, literal, pos);
                    parts.add(new WordPart.Escaped(s.substring(pos, pos + 2), s.substring(pos + 1, pos + 2),
                            map.range(pos, pos + 2)));
                    pos += 2;
                    literal = pos;
                    continue;
                }
                pos++;
                continue;
            }
            int partStart = pos;
            WordPart part = null;
            boolean quoted = mode == Mode.DOUBLE_QUOTED || mode == Mode.HEREDOC;
            if (c == '$') {
                part = readDollar(quoted);
            } else if (c == '`') {
                part = readBackquote(mode == Mode.DOUBLE_QUOTED);
            } else if (mode == Mode.PARAMETER && c == '\'') {
                part = readSingleQuoted();
            } else if (mode == Mode.PARAMETER && c == '"') {
                part = readDoubleQuoted(false);
            }
            if (part == null) {
                pos = partStart + 1;
                continue;
            }
            flush(parts, literal, partStart);
            parts.add(part);
            literal = pos;
        }
        flush(parts, literal, pos);
        return parts;
    }

    /** spec XCU 2.2.3: inside double quotes (and heredoc bodies) a backslash escapes only these. */
    private static boolean escapes(Mode mode, char next) {
        return switch (mode) {
            case PARAMETER -> true;
            case DOUBLE_QUOTED -> next == '$' || next == '`' || next == '"' || next == '\\';
            case HEREDOC, ARITHMETIC -> next == '$' || next == '`' || next == '\\';
        };
    }

    private void flush(List<WordPart> parts, int from, int to) {
        if (to <= from) {
            return;
        }
        TextRange whole = map.range(from, to);
        if (whole.length() == to - from) {
            parts.add(new WordPart.Literal(s.substring(from, to), whole));
            return;
        }
        // The literal spans a joined continuation (or an escape removed inside backquotes): one
        // part per contiguous source stretch, so every literal maps character for character.
        int i = from;
        while (i < to) {
            int source = map.range(i, i + 1).start();
            int j = i + 1;
            while (j < to && map.range(j, j + 1).start() == source + (j - i)) {
                j++;
            }
            parts.add(new WordPart.Literal(s.substring(i, j), map.range(i, j)));
            i = j;
        }
    }

    /** A part starting with {@code $}, or null (nothing consumed) when the dollar is literal. */
    private WordPart readDollar(boolean quoted) {
        int start = pos;
        if (pos + 1 >= len) {
            return null;
        }
        char n = s.charAt(pos + 1);
        if (n == '\'') {
            return quoted ? null : readAnsiC();
        } else if (n == '"') {
            return quoted ? null : readDoubleQuoted(true);
        } else if (n == '{') {
            return readBraceParameter();
        } else if (n == '(') {
            if (at(pos + 2) == '(') {
                WordPart arithmetic = readArithmeticExpansion();
                if (arithmetic != null) {
                    return arithmetic;
                }
            }
            return readCommandSubstitution();
        }
        int nameEnd;
        if (Assignment.isNameStart(n)) {
            nameEnd = pos + 2;
            while (nameEnd < len && Assignment.isNameChar(s.charAt(nameEnd))) {
                nameEnd++;
            }
        } else if (isDigit(n) || SPECIAL_PARAMETERS.indexOf(n) >= 0) {
            // spec XCU 2.5.1: unbraced positional parameters have a single digit.
            nameEnd = pos + 2;
        } else {
            return null;
        }
        pos = nameEnd;
        return new WordPart.ParameterExpansion(s.substring(start, pos), map.range(start, pos), "",
                s.substring(start + 1, pos), "", List.of(), false);
    }

    private WordPart readBraceParameter() {
        int start = pos;
        if (!enter(start)) {
            return abandonedPart(start);
        }
        pos += 2;
        String prefix = "";
        char c = at(pos);
        if ((c == '#' || c == '!') && pos + 1 < len && s.charAt(pos + 1) != '}') {
            prefix = String.valueOf(c);
            pos++;
        }
        int nameStart = pos;
        if (pos < len && Assignment.isNameStart(s.charAt(pos))) {
            while (pos < len && Assignment.isNameChar(s.charAt(pos))) {
                pos++;
            }
        } else if (pos < len && isDigit(s.charAt(pos))) {
            while (pos < len && isDigit(s.charAt(pos))) {
                pos++;
            }
        } else if (pos < len && SPECIAL_PARAMETERS.indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        if (at(pos) == '[' && pos > nameStart) {
            int close = s.indexOf(']', pos);
            if (close > 0) {
                pos = close + 1;
            }
        }
        if (prefix.equals("!") && (at(pos) == '*' || at(pos) == '@') && at(pos + 1) == '}') {
            pos++;
        }
        String name = s.substring(nameStart, pos);
        String operator = "";
        for (String op : PARAM_OPERATORS) {
            if (startsWith(op)) {
                operator = op;
                break;
            }
        }
        pos += operator.length();
        List<WordPart> argument = List.of();
        boolean bad = name.isEmpty() || operator.isEmpty() && at(pos) != '}';
        if (!operator.isEmpty() || at(pos) != '}') {
            argument = readParts(Mode.PARAMETER);
        }
        leave();
        if (at(pos) == '}') {
            pos++;
            if (bad) {
                report(start, pos, "bad substitution");
            }
        } else {
            report(start, start + 2, "unterminated `${`");
        }
        return new WordPart.ParameterExpansion(s.substring(start, pos), map.range(start, pos), prefix, name, operator,
                argument, true);
    }

    private WordPart readCommandSubstitution() {
        int start = pos;
        if (!enter(start)) {
            return abandonedPart(start);
        }
        pos += 2;
        substitutionDepth++;
        CommandList body = parseList(false);
        substitutionDepth--;
        leave();
        if (at(pos) == ')') {
            pos++;
        } else {
            report(start, start + 2, "missing `)` for `$(`");
        }
        return new WordPart.CommandSubstitution(s.substring(start, pos), map.range(start, pos), body, false);
    }

    private WordPart readProcessSubstitution() {
        int start = pos;
        if (!enter(start)) {
            return abandonedPart(start);
        }
        char direction = s.charAt(pos);
        pos += 2;
        substitutionDepth++;
        CommandList body = parseList(false);
        substitutionDepth--;
        leave();
        if (at(pos) == ')') {
            pos++;
        } else {
            report(start, start + 2, "missing `)` for `" + direction + "(`");
        }
        return new WordPart.ProcessSubstitution(s.substring(start, pos), map.range(start, pos), direction, body);
    }

    /** {@code $((...))}, or null (nothing consumed) when it is {@code $( (...) ...)} instead. */
    private WordPart readArithmeticExpansion() {
        int start = pos;
        if (!mayTryArithmetic(start)) {
            return null;
        }
        if (!enter(start)) {
            return abandonedPart(start);
        }
        Snapshot snapshot = snapshot();
        pos += 3;
        List<WordPart> parts = readParts(Mode.ARITHMETIC);
        leave();
        if (!startsWith("))")) {
            restore(snapshot);
            notArithmetic.add(start);
            return null;
        }
        String expression = s.substring(start + 3, pos);
        pos += 2;
        return new WordPart.ArithmeticExpansion(s.substring(start, pos), map.range(start, pos), expression, parts);
    }

    /**
     * A backquoted command: spec XCU 2.6.3, inside backquotes a backslash escapes only
     * {@code $ ` \} (and {@code "} within double quotes); the unescaped text is parsed as a script.
     */
    private WordPart readBackquote(boolean inDoubleQuotes) {
        int start = pos;
        if (!enter(start)) {
            return abandonedPart(start);
        }
        pos++;
        StringBuilder content = new StringBuilder();
        int[] index = new int[16];
        boolean closed = false;
        while (pos < len) {
            char c = s.charAt(pos);
            if (c == '`') {
                closed = true;
                break;
            }
            int from = pos;
            if (c == '\\' && pos + 1 < len) {
                char d = s.charAt(pos + 1);
                if (d == '`' || d == '\\' || d == '$' || inDoubleQuotes && d == '"') {
                    from = pos + 1;
                    c = d;
                    pos++;
                }
            }
            if (content.length() + 1 >= index.length) {
                index = java.util.Arrays.copyOf(index, index.length * 2);
            }
            index[content.length()] = from;
            content.append(c);
            pos++;
        }
        index[content.length()] = pos;
        if (closed) {
            pos++;
        } else {
            report(start, start + 1, "unterminated backquote");
        }
        Parser sub = new Parser(content.toString(), OffsetMap.composed(map, index), problems, substitutionDepth + 1,
                depth, backtracking);
        CommandList body = sub.parseScript();
        leave();
        return new WordPart.CommandSubstitution(s.substring(start, pos), map.range(start, pos), body, true);
    }

    private WordPart readAnsiC() {
        int start = pos;
        pos += 2;
        StringBuilder value = new StringBuilder();
        while (pos < len && s.charAt(pos) != '\'') {
            char c = s.charAt(pos);
            if (c != '\\' || pos + 1 >= len) {
                value.append(c);
                pos++;
                continue;
            }
            pos = AnsiC.decodeEscape(s, pos, value);
        }
        if (at(pos) == '\'') {
            pos++;
        } else {
            report(start, start + 2, "unterminated `$'`");
        }
        return new WordPart.AnsiCQuoted(s.substring(start, pos), value.toString(), map.range(start, pos));
    }

    // ---------------------------------------------------------------- helpers

    private Word literalWord(int from, int to) {
        lastEnd = Math.max(lastEnd, to);
        TextRange r = map.range(from, to);
        return new Word(s.substring(from, to), r, List.of(new WordPart.Literal(s.substring(from, to), r)));
    }

    /** spec XCU 2.10.2: compound-list bodies must hold at least one command. */
    private CommandList nonEmpty(CommandList list, int keywordStart, String keyword) {
        if (list.isEmpty() && !abandoned) {
            report(keywordStart, keywordStart + keyword.length(), "empty `" + keyword + "` body");
        }
        return list;
    }

    private CommandList emptyList() {
        return new CommandList(List.of(), map.range(pos, pos));
    }

    private boolean expectKeyword(String keyword, int openerStart, String opener) {
        if (atReserved(keyword)) {
            consume(keyword.length());
            return true;
        }
        report(openerStart, openerStart + opener.length(), "missing `" + keyword + "` for `" + opener + "`");
        return false;
    }

    private boolean enter(int at) {
        if (depth >= MAX_DEPTH) {
            report(at, len, "nesting too deep");
            abandoned = true;
            pos = len;
            return false;
        }
        depth++;
        return true;
    }

    private void leave() {
        depth--;
    }

    private WordPart abandonedPart(int start) {
        return new WordPart.Literal(s.substring(start), map.range(start, len));
    }

    private Snapshot snapshot() {
        return new Snapshot(pos, lastEnd, problems.size(), List.copyOf(pending), abandoned);
    }

    private void restore(Snapshot snapshot) {
        int readInVain = pos - snapshot.pos();
        pos = snapshot.pos();
        lastEnd = snapshot.lastEnd();
        problems.subList(snapshot.problems(), problems.size()).clear();
        pending.clear();
        pending.addAll(snapshot.pending());
        abandoned = snapshot.abandoned();
        backtracking.giveUp(readInVain);
    }

    /**
     * Whether {@code ((} or {@code $((} at {@code start} may still be tried as arithmetic. Past
     * the backtracking allowance it is read as a subshell or command substitution straight away,
     * once reported: the parse then reads every character a bounded number of times.
     */
    private boolean mayTryArithmetic(int start) {
        if (notArithmetic.contains(start)) {
            return false;
        }
        if (backtracking.exhausted()) {
            if (backtracking.firstRefusal()) {
                report(start, start + 1, "too complex: `((` read as nested parentheses from here");
            }
            return false;
        }
        return true;
    }

    private void report(int from, int to, String message) {
        if (abandoned) {
            return;
        }
        int a = Math.min(from, len);
        int b = Math.max(a, Math.min(to, len));
        problems.add(new SyntaxProblem(map.range(a, b), message));
    }

    private void reportUnexpected() {
        int end = tokenEnd(pos);
        report(pos, end, "unexpected `" + s.substring(pos, end) + "`");
    }

    /** End of the token at {@code i}: an operator, or a run of word characters; at least one character. */
    private int tokenEnd(int i) {
        if (i >= len) {
            return len;
        }
        char c = s.charAt(i);
        if (isMeta(c)) {
            if (s.startsWith(";;&", i)) {
                return i + 3;
            }
            char d = i + 1 < len ? s.charAt(i + 1) : ' ';
            boolean pair = (c == ';' && (d == ';' || d == '&')) || (c == '&' && (d == '&' || d == '>'))
                    || (c == '|' && (d == '|' || d == '&')) || ((c == '<' || c == '>') && d == c);
            return pair ? i + 2 : i + 1;
        }
        int j = i + 1;
        while (j < len && !isWordEnd(j)) {
            j++;
        }
        return j;
    }

    private void consume(int n) {
        pos += n;
        lastEnd = pos;
    }

    private char at(int i) {
        return i < len ? s.charAt(i) : '\0';
    }

    private boolean startsWith(String t) {
        return s.startsWith(t, pos);
    }

    private boolean atReserved(String word) {
        return s.startsWith(word, pos) && isWordEnd(pos + word.length());
    }

    private boolean atCloser() {
        if (pos >= len) {
            return false;
        }
        char c = s.charAt(pos);
        if (c == ')') {
            return true;
        }
        if (c == ';') {
            return at(pos + 1) == ';' || at(pos + 1) == '&';
        }
        for (String w : CLOSERS) {
            if (atReserved(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWordEnd(int i) {
        if (i >= len) {
            return true;
        }
        char c = s.charAt(i);
        return isBlank(c) || c == '\n' || isMeta(c);
    }

    private void skipBlanks() {
        while (pos < len) {
            char c = s.charAt(pos);
            if (isBlank(c)) {
                pos++;
            } else if (c == '\\' && continuationAt(pos) > 0) {
                pos += continuationAt(pos);
            } else {
                return;
            }
        }
    }

    private void skipLinebreaks() {
        while (true) {
            skipBlanks();
            if (pos >= len) {
                return;
            }
            char c = s.charAt(pos);
            if (c == '#') {
                while (pos < len && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\n') {
                consumeNewline();
            } else {
                return;
            }
        }
    }

    /** Length of a backslash-newline (line continuation, spec XCU 2.2.1) at {@code i}, else 0. */
    private int continuationAt(int i) {
        if (i + 1 < len && s.charAt(i) == '\\') {
            char n = s.charAt(i + 1);
            if (n == '\n') {
                return 2;
            }
            if (n == '\r' && i + 2 < len && s.charAt(i + 2) == '\n') {
                return 3;
            }
        }
        return 0;
    }

    // A carriage return counts as a blank: CRLF files are common in the corpus and sh would
    // otherwise glue "\r" to the last word of every line.
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private static boolean isMeta(char c) {
        return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
