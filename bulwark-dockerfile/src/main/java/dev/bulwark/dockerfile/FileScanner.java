package dev.bulwark.dockerfile;

import dev.bulwark.core.LineIndex;
import dev.bulwark.core.MappedText;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.Comment;
import dev.bulwark.dockerfile.syntax.Directive;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.Heredoc;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import dev.bulwark.dockerfile.syntax.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over the physical lines, mirroring BuildKit's {@code parser.Parse} loop: directives in
 * the leading block (spec 1.2), comments (1.3), continuations (1.4), instructions and their
 * heredoc bodies (1.7). It marks tokens as it goes and hands each logical line to
 * {@link InstructionFactory}.
 */
final class FileScanner {
    /** Go's {@code bufio.Scanner} default token size (spec 1.1). */
    private static final int MAX_LINE_BYTES = 65535;

    private final SourceText source;
    private final String text;
    private final PhysicalLines lines;
    private final TokenMarks marks;
    private final List<SyntaxProblem> problems = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final Set<String> seenDirectives = new HashSet<>();
    private final List<Comment> pending = new ArrayList<>();
    private final ProblemSink problemSink = new ProblemCollector();
    private LineIndex lineIndex;
    private char escape = '\\';
    private boolean directivesDone;

    FileScanner(SourceText source) {
        this.source = source;
        this.text = source.text();
        int first = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        this.lines = new PhysicalLines(text, first);
        this.marks = new TokenMarks(text);
        if (first == 1) {
            marks.mark(0, 1, TokenKind.BOM);
        }
    }

    Dockerfile scan() {
        lineIndex = source.lines();
        if (text.isEmpty()) {
            problem(TextRange.empty(0), "the Dockerfile cannot be empty");
        }
        for (int i = 0; i < lines.count(); i++) {
            marks.mark(lines.contentEnd(i), lines.end(i), TokenKind.NEWLINE);
            checkLength(i);
        }
        int i = 0;
        while (i < lines.count()) {
            i = scanLine(i) + 1;
        }
        if (!text.isEmpty() && instructions.isEmpty()) {
            problem(TextRange.empty(0), "file with no instructions");
        }
        checkStageOrder();
        checkBaseNames();
        return new Dockerfile(source, directives, instructions, comments, marks.tokens(), problems, escape);
    }

    private void checkLength(int i) {
        int s = lines.start(i);
        int ce = lines.contentEnd(i);
        // A UTF-16 unit is at most three UTF-8 bytes: only long lines need counting.
        if (ce - s > MAX_LINE_BYTES / 3 && GoText.utf8Length(text, s, ce) > MAX_LINE_BYTES) {
            problem(new TextRange(s, ce), "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES);
        }
    }

    /** Scans from physical line {@code i}; returns the last line consumed. */
    private int scanLine(int i) {
        int s = lines.start(i);
        int ce = lines.contentEnd(i);
        int ws = skipSpace(s, ce);
        marks.mark(s, ws, TokenKind.WHITESPACE);
        if (!directivesDone) {
            if (directive(ws, ce)) {
                return i;
            }
            directivesDone = true;
        }
        if (ws == ce) {
            return i;
        }
        if (text.charAt(ws) == '#') {
            comment(ws, ce, true);
            return i;
        }
        return instruction(i, ws);
    }

    private int skipSpace(int from, int to) {
        int i = from;
        while (i < to && GoText.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    // spec 1.2: `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` on the left-trimmed line.
    private boolean directive(int ws, int ce) {
        if (ws >= ce || text.charAt(ws) != '#') {
            return false;
        }
        int i = skipRegexSpace(ws + 1, ce);
        int keyStart = i;
        if (i >= ce || !isAsciiLetter(text.charAt(i))) {
            return false;
        }
        while (i < ce && (isAsciiLetter(text.charAt(i)) || text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
            i++;
        }
        int keyEnd = i;
        i = skipRegexSpace(i, ce);
        if (i >= ce || text.charAt(i) != '=') {
            return false;
        }
        int afterEq = i + 1;
        int valueStart = skipRegexSpace(afterEq, ce);
        int valueEnd = ce;
        while (valueEnd > valueStart && GoText.isRegexSpace(text.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        if (valueStart == valueEnd) {
            if (afterEq == ce) {
                return false;
            }
            // The lazy `(.+?)` takes back the last blank when nothing else is left.
            valueStart = ce - 1;
            valueEnd = ce;
        }
        String key = text.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT);
        if (!key.equals("syntax") && !key.equals("escape") && !key.equals("check")) {
            return false;
        }
        marks.mark(ws, ce, TokenKind.DIRECTIVE);
        TextRange range = new TextRange(ws, ce);
        TextRange valueRange = new TextRange(valueStart, valueEnd);
        String value = text.substring(valueStart, valueEnd);
        if (!seenDirectives.add(key)) {
            problem(range, "only one " + key + " parser directive can be used");
            return true;
        }
        directives.add(new Directive(key, value, range, new TextRange(keyStart, keyEnd), valueRange));
        if (key.equals("escape")) {
            if (value.equals("`") || value.equals("\\")) {
                escape = value.charAt(0);
            } else {
                problem(valueRange, "invalid escape token '" + value + "' does not match ` or \\");
            }
        } else if (key.equals("check")) {
            Optional<String> invalid = CheckDirective.validate(value);
            if (invalid.isPresent()) {
                problem(valueRange, invalid.get());
            }
        }
        return true;
    }

    private int skipRegexSpace(int from, int to) {
        int i = from;
        while (i < to && GoText.isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    // spec 1.3: a lone `#` resets the block above an instruction; blank lines do not.
    private void comment(int start, int ce, boolean attachable) {
        marks.mark(start, ce, TokenKind.COMMENT);
        String body = GoText.trim(MappedText.identity(text.substring(start + 1, ce), start + 1)).text();
        Comment c = new Comment(body, new TextRange(start, ce));
        comments.add(c);
        if (!attachable) {
            return;
        }
        if (body.isEmpty()) {
            pending.clear();
        } else {
            pending.add(c);
        }
    }

    /**
     * spec 1.4: the escape character is a continuation marker when it is the last non-blank
     * ({@code [ \t]}) character and not itself escaped. Returns the marker's offset, or -1.
     */
    private int continuationMarker(int lineStart, int ce) {
        int p = ce;
        while (p > lineStart && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
            p--;
        }
        if (p == lineStart || text.charAt(p - 1) != escape) {
            return -1;
        }
        int marker = p - 1;
        return marker == lineStart || text.charAt(marker - 1) != escape ? marker : -1;
    }

    private int instruction(int first, int ws) {
        MappedText.Builder logical = MappedText.builder();
        List<TextRange> empties = new ArrayList<>();
        int ce = lines.contentEnd(first);
        int marker = continuationMarker(ws, ce);
        appendRun(logical, ws, marker < 0 ? ce : marker, ce);
        int contentEnd = ce;
        int last = first;
        while (marker >= 0 && last + 1 < lines.count()) {
            last++;
            int s = lines.start(last);
            ce = lines.contentEnd(last);
            int w = skipSpace(s, ce);
            if (w < ce && text.charAt(w) == '#') {
                // spec 1.4: comment lines inside a continuation are dropped, even ending in `\`.
                marks.mark(s, w, TokenKind.WHITESPACE);
                comment(w, ce, false);
                continue;
            }
            if (w == ce) {
                marks.mark(s, ce, TokenKind.WHITESPACE);
                empties.add(new TextRange(s, ce));
                continue;
            }
            marker = continuationMarker(s, ce);
            appendRun(logical, s, marker < 0 ? ce : marker, ce);
            contentEnd = ce;
        }
        MappedText line = GoText.trim(logical.build());
        if (line.length() == 0) {
            return last;
        }
        SplitLine split = SplitLine.of(line);
        List<Heredoc> heredocs = new ArrayList<>();
        int endLine = last;
        int end = contentEnd;
        if (InstructionFactory.canContainHeredoc(split) && line.text().contains("<<")) {
            HeredocMarkers.Found found = HeredocMarkers.find(line.text());
            for (HeredocMarkers.Error e : found.errors()) {
                problem(line.toSource(e.start(), e.end()), e.message());
            }
            for (HeredocMarkers.Marker m : found.markers()) {
                int before = last;
                last = heredoc(m, line, last, heredocs);
                if (last > before) {
                    endLine = last;
                    end = Math.max(end, lines.contentEnd(last));
                }
            }
        }
        TextRange range = new TextRange(ws, Math.max(ws, end));
        InstructionFactory.Placement placement = new InstructionFactory.Placement(range, List.copyOf(pending),
                lineIndex.line(ws), endLine + 1, empties);
        pending.clear();
        Instruction instruction = new InstructionFactory(escape, problemSink).create(split, placement, heredocs, true);
        instructions.add(instruction);
        markContent(instruction);
        return last;
    }

    private void appendRun(MappedText.Builder logical, int from, int to, int ce) {
        logical.appendRun(text.substring(from, to), from);
        if (to < ce) {
            marks.mark(to, ce, TokenKind.CONTINUATION);
        }
    }

    /** Reads one heredoc body after line {@code last}; returns the new last line. */
    private int heredoc(HeredocMarkers.Marker m, MappedText line, int last, List<Heredoc> out) {
        TextRange markerRange = line.toSource(m.start(), m.end());
        MappedText.Builder body = MappedText.builder();
        int j = last + 1;
        while (j < lines.count()) {
            int s = lines.start(j);
            int ce = lines.contentEnd(j);
            int cs = s;
            if (m.chomp()) {
                while (cs < ce && text.charAt(cs) == '\t') {
                    cs++;
                }
            }
            if (ce - cs == m.name().length() && text.startsWith(m.name(), cs)) {
                marks.mark(s, ce, TokenKind.HEREDOC_TERMINATOR);
                out.add(new Heredoc(m.name(), m.chomp(), m.quoted(), m.fd(), markerRange, body.build(s),
                        new TextRange(s, ce)));
                return j;
            }
            marks.mark(s, ce, TokenKind.HEREDOC_BODY);
            body.appendRun(text.substring(cs, lines.end(j)), cs);
            j++;
        }
        problem(markerRange, "unterminated heredoc");
        out.add(new Heredoc(m.name(), m.chomp(), m.quoted(), m.fd(), markerRange, body.build(text.length()),
                TextRange.empty(text.length())));
        return lines.count() - 1;
    }

    private void markContent(Instruction instruction) {
        marks.markContent(instruction.keywordRange(), TokenKind.KEYWORD);
        for (Flag f : instruction.flags()) {
            marks.markContent(f.range(), TokenKind.FLAG);
        }
        if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()) {
            markContent(onbuild.trigger().get());
        }
        for (Heredoc h : instruction.heredocs()) {
            marks.markContent(h.markerRange(), TokenKind.HEREDOC_MARKER);
        }
    }

    // spec 1.10: only ARG may come before the first FROM. BuildKit stops at the first such
    // instruction: a fragment without FROM (a file meant to be appended to another) gets one
    // error, not one per line.
    private void checkStageOrder() {
        for (Instruction instruction : instructions) {
            String k = instruction.keyword();
            if (k.equals("FROM")) {
                return;
            }
            if (!k.equals("ARG") && InstructionFactory.KEYWORDS.contains(k.toLowerCase(Locale.ROOT))) {
                problem(instruction.keywordRange(), "no build stage in current context");
                return;
            }
        }
    }

    // BuildKit stops at the first FROM whose base name is no stage and no image; a FROM that has
    // a problem already keeps that one.
    private void checkBaseNames() {
        Optional<BaseNames.Refused> refused = BaseNames.firstRefused(instructions, escape);
        if (refused.isEmpty()) {
            return;
        }
        TextRange from = refused.get().from().range();
        for (SyntaxProblem p : problems) {
            if (from.contains(p.range().start())) {
                return;
            }
        }
        problem(refused.get().from().image().range(), refused.get().message());
    }

    private void problem(TextRange range, String message) {
        problems.add(new SyntaxProblem(range, message));
    }

    /** How {@link InstructionFactory} reports into this scan's problems. */
    private final class ProblemCollector implements ProblemSink {

        @Override
        public void report(TextRange range, String message) {
            problem(range, message);
        }
    }
}
