package dev.bulwark.dockerfile;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.Arg;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.CommandForm;
import dev.bulwark.dockerfile.syntax.Comment;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.ExecForm;
import dev.bulwark.dockerfile.syntax.ExposeInstruction;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.FromInstruction;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Heredoc;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.InstructionHeader;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.LabelInstruction;
import dev.bulwark.dockerfile.syntax.MaintainerInstruction;
import dev.bulwark.dockerfile.syntax.Mount;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.dockerfile.syntax.ShellInstruction;
import dev.bulwark.dockerfile.syntax.StopsignalInstruction;
import dev.bulwark.dockerfile.syntax.UnknownInstruction;
import dev.bulwark.dockerfile.syntax.UserInstruction;
import dev.bulwark.dockerfile.syntax.VolumeInstruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.dockerfile.syntax.WorkdirInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns a split logical line into a typed instruction: the argument shape of BuildKit's line
 * parsers (layer 1, spec 1.6) and the checks of its instruction parser (layer 2, spec 1.8, 1.14).
 * Layer-1 problems always go to {@code problems}; layer-2 problems to {@code checks}, which is
 * {@link ProblemSink#IGNORE} for an ONBUILD trigger (Docker checks it only when it fires).
 */
final class InstructionFactory {
    static final List<String> KEYWORDS = List.of("add", "arg", "cmd", "copy", "entrypoint", "env", "expose", "from",
            "healthcheck", "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user", "volume", "workdir");
    /** {@link #KEYWORDS} as the "did you mean" of an unknown instruction spells them. */
    private static final List<String> UPPER_CASE_KEYWORDS = upperCase(KEYWORDS);
    private static final String NOT_STRINGS = "when using JSON array syntax, arrays must be comprised of strings only";

    /** Where an instruction sits in the file, beside its logical line. */
    record Placement(TextRange range, List<Comment> comments, int startLine, int endLine,
            List<TextRange> emptyContinuationLines) {
    }

    private final char escape;
    private final ProblemSink problems;

    InstructionFactory(char escape, ProblemSink problems) {
        this.escape = escape;
        this.problems = problems;
    }

    /** Whether BuildKit looks for heredocs in this line ({@code canContainHeredoc}, spec 1.7). */
    static boolean canContainHeredoc(SplitLine split) {
        SplitLine target = split;
        if (split.keywordLower().equals("onbuild")) {
            if (split.argsStart() >= split.argsEnd()) {
                return false;
            }
            target = SplitLine.of(split.args());
        }
        String k = target.keywordLower();
        if (!k.equals("run") && !k.equals("copy") && !k.equals("add")) {
            return false;
        }
        return JsonArray.parse(target.argsText()).isEmpty();
    }

    Instruction create(SplitLine split, Placement placement, List<Heredoc> heredocs, boolean checked) {
        ProblemSink checks = checked ? problems : ProblemSink.IGNORE;
        MappedText line = split.line();
        List<Flag> flags = new ArrayList<>();
        for (SplitLine.FlagWord f : split.flags()) {
            flags.add(flag(line, f));
        }
        InstructionHeader h = new InstructionHeader(split.keyword(), line.toSource(0, split.keywordEnd()),
                placement.range(), flags, placement.comments(), placement.startLine(), placement.endLine(), line,
                split.args(), placement.emptyContinuationLines());
        String k = split.keywordLower();
        MappedText args = split.args();
        if (!k.equals("arg") && !k.equals("stopsignal") && !k.equals("healthcheck") && KEYWORDS.contains(k)) {
            FlagRules.validate(k, flags, checks);
        }
        return switch (k) {
            case "from" -> from(h, args, checks);
            case "run" -> run(h, args, heredocs, checks);
            case "cmd" -> new CmdInstruction(h, command(args));
            case "entrypoint" -> new EntrypointInstruction(h, command(args));
            case "shell" -> shell(h, args, checks);
            case "healthcheck" -> healthcheck(h, args, checks);
            case "copy" -> {
                Transfer t = transfer(h, args, heredocs, checks);
                copyFromCheck(h, checks);
                yield new CopyInstruction(h, t.sources, t.destination, heredocs, t.json);
            }
            case "add" -> {
                Transfer t = transfer(h, args, heredocs, checks);
                yield new AddInstruction(h, t.sources, t.destination, heredocs, t.json);
            }
            case "env" -> new EnvInstruction(h, pairs(h, args, checks));
            case "label" -> new LabelInstruction(h, pairs(h, args, checks));
            case "arg" -> new ArgInstruction(h, declarations(h, args, checks));
            case "expose" -> new ExposeInstruction(h, atLeastOne(h, words(args), checks));
            case "volume" -> volume(h, args, checks);
            case "user" -> new UserInstruction(h, exactlyOne(h, args, checks));
            case "workdir" -> new WorkdirInstruction(h, exactlyOne(h, args, checks));
            case "stopsignal" -> new StopsignalInstruction(h, exactlyOne(h, args, checks));
            case "maintainer" -> new MaintainerInstruction(h, exactlyOne(h, args, checks));
            case "onbuild" -> onbuild(h, args, placement, heredocs, checked);
            default -> {
                checks.report(h.keywordRange(), Suggest.withSuggestion("unknown instruction: " + split.keyword(),
                        split.keyword(), UPPER_CASE_KEYWORDS, false));
                yield new UnknownInstruction(h);
            }
        };
    }

    private static Flag flag(MappedText line, SplitLine.FlagWord f) {
        String word = f.value();
        TextRange range = line.toSource(f.start(), f.end());
        int nameEnd = f.eqIndex() >= 0 ? f.eqIndex() : word.length();
        String name = word.substring(Math.min(2, nameEnd), nameEnd);
        TextRange nameRange = inFlag(line, Math.min(f.start() + 2, f.end()),
                f.eqOffset() >= 0 ? f.eqOffset() : f.end());
        if (f.eqIndex() < 0) {
            return new Flag(name, Optional.empty(), range, nameRange, TextRange.empty(range.end()));
        }
        TextRange valueRange = inFlag(line, f.eqOffset() + 1, f.end());
        return new Flag(name, Optional.of(word.substring(f.eqIndex() + 1)), range, nameRange, valueRange);
    }

    /**
     * A part of a flag in the source. An empty part ({@code --x=} before a {@code \}-newline)
     * sits just after the character before it: the logical offset where a continuation was cut
     * out maps past the {@code \} and newline, outside the flag (found by DockerfileFuzzTest).
     */
    private static TextRange inFlag(MappedText line, int start, int end) {
        if (start < end || start == 0) {
            return line.toSource(start, end);
        }
        return TextRange.empty(line.toSource(start - 1, start).end());
    }

    // spec 1.8 FROM: one or three words, `AS` case-insensitive, stage name checked lower-cased.
    private FromInstruction from(InstructionHeader h, MappedText args, ProblemSink checks) {
        List<Word> words = words(args);
        Word image = words.isEmpty() ? emptyWord(args) : words.get(0);
        Optional<Word> stage = Optional.empty();
        Optional<TextRange> as = Optional.empty();
        if (words.size() == 3 && words.get(1).text().equalsIgnoreCase("as")) {
            stage = Optional.of(words.get(2));
            as = Optional.of(words.get(1).range());
            String name = words.get(2).text();
            if (!validStageName(name.toLowerCase(Locale.ROOT))) {
                checks.report(words.get(2).range(), "invalid name for build stage: \"" + name
                        + "\", name can't start with a number or contain symbols");
            }
        } else if (words.size() != 1) {
            checks.report(words.isEmpty() ? h.keywordRange() : args.toSource(0, args.length()),
                    "FROM requires either one or three arguments");
        }
        return new FromInstruction(h, image, stage, as, words);
    }

    /** {@code ^[a-z][a-z0-9-_.]*$} (spec 1.11). */
    static boolean validStageName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private RunInstruction run(InstructionHeader h, MappedText args, List<Heredoc> heredocs, ProblemSink checks) {
        List<Mount> mounts = new ArrayList<>();
        for (Flag f : h.flags()) {
            if (f.name().equals("mount") && f.value().isPresent()) {
                Optional<Mount> mount = MountParser.parse(f.value().get(), f.range(), checks);
                if (mount.isPresent()) {
                    mounts.add(mount.get());
                }
            }
            if (f.name().equals("network") && f.value().isPresent()
                    && !List.of("default", "none", "host").contains(f.value().get())) {
                checks.report(f.range(), "unsupported network mode \"" + f.value().get() + "\"");
            }
            if (f.name().equals("security") && f.value().isPresent()
                    && !List.of("sandbox", "insecure").contains(f.value().get())) {
                checks.report(f.range(), "security \"" + f.value().get() + "\" is not valid");
            }
        }
        return new RunInstruction(h, command(args), heredocs, mounts);
    }

    /** parseMaybeJSON (spec 1.6): exec form if the rest is a JSON array, else the shell form. */
    private CommandForm command(MappedText args) {
        Optional<List<JsonArray.Element>> json = JsonArray.parse(args.text());
        if (json.isEmpty()) {
            return new ShellForm(args);
        }
        return new ExecForm(execArgs(args, json.get()), args.toSource(0, args.length()));
    }

    private List<Arg> execArgs(MappedText args, List<JsonArray.Element> elements) {
        if (!JsonArray.allStrings(elements)) {
            problems.report(args.toSource(0, args.length()), NOT_STRINGS);
        }
        List<Arg> out = new ArrayList<>();
        for (JsonArray.Element e : elements) {
            out.add(new Arg(e.value(), args.toSource(e.start(), e.end())));
        }
        return out;
    }

    private ShellInstruction shell(InstructionHeader h, MappedText args, ProblemSink checks) {
        Optional<List<JsonArray.Element>> json = JsonArray.parse(args.text());
        if (json.isEmpty()) {
            checks.report(args.length() == 0 ? h.keywordRange() : args.toSource(0, args.length()),
                    args.length() == 0 ? "SHELL requires at least one argument"
                            : "SHELL requires the arguments to be in JSON form");
            return new ShellInstruction(h, List.of());
        }
        List<Arg> list = execArgs(args, json.get());
        if (list.isEmpty()) {
            checks.report(args.toSource(0, args.length()), "SHELL requires at least one argument");
        }
        return new ShellInstruction(h, list);
    }

    // spec 1.8 HEALTHCHECK: type word then maybe-JSON; NONE takes nothing; CMD needs a command.
    private HealthcheckInstruction healthcheck(InstructionHeader h, MappedText args, ProblemSink checks) {
        String s = args.text();
        if (s.isEmpty()) {
            checks.report(h.keywordRange(), "HEALTHCHECK requires at least one argument");
            return new HealthcheckInstruction(h, Optional.empty(), Optional.empty());
        }
        int sep = 0;
        while (sep < s.length() && !GoText.isSpace(s.charAt(sep))) {
            sep++;
        }
        int next = GoText.skipSpace(s, sep);
        Word type = new Word(s.substring(0, sep), args.toSource(0, sep));
        MappedText rest = args.sub(next, s.length());
        String typ = type.text().toUpperCase(Locale.ROOT);
        if (typ.equals("NONE")) {
            if (rest.length() > 0) {
                checks.report(rest.toSource(0, rest.length()), "HEALTHCHECK NONE takes no arguments");
            }
            return new HealthcheckInstruction(h, Optional.of(type), Optional.empty());
        }
        FlagRules.validate("healthcheck", h.flags(), checks);
        if (!typ.equals("CMD")) {
            checks.report(type.range(), "Unknown type \"" + typ + "\" in HEALTHCHECK (try CMD)");
            return new HealthcheckInstruction(h, Optional.of(type), Optional.empty());
        }
        CommandForm command = command(rest);
        boolean empty = command instanceof ExecForm e ? e.args().isEmpty() : rest.length() == 0;
        if (empty) {
            checks.report(h.range(), "Missing command after HEALTHCHECK CMD");
        }
        for (Flag f : h.flags()) {
            checkHealthFlag(f, checks);
        }
        return new HealthcheckInstruction(h, Optional.of(type), Optional.of(command));
    }

    private static void checkHealthFlag(Flag f, ProblemSink checks) {
        String v = f.valueOrEmpty();
        if (v.isEmpty()) {
            return;
        }
        if (f.name().equals("retries")) {
            checkRetries(f, v, checks);
            return;
        }
        OptionalLong d = GoDuration.parse(v);
        if (d.isEmpty()) {
            checks.report(f.range(), "time: invalid duration \"" + v + "\"");
        } else if (d.getAsLong() != 0 && d.getAsLong() < 1_000_000L) {
            checks.report(f.range(), "Interval \"" + f.name() + "\" cannot be less than 1ms");
        }
    }

    private static void checkRetries(Flag f, String v, ProblemSink checks) {
        int i = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
        boolean digits = i < v.length() && v.length() - i <= 11;
        for (int j = i; j < v.length() && digits; j++) {
            digits = v.charAt(j) >= '0' && v.charAt(j) <= '9';
        }
        long n = digits ? Long.parseLong(v) : 0;
        if (!digits || n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
            checks.report(f.range(), "strconv.ParseInt: parsing \"" + v + "\": "
                    + (digits ? "value out of range" : "invalid syntax"));
        } else if (n < 0) {
            checks.report(f.range(), "--retries cannot be negative (" + n + ")");
        }
    }

    private record Transfer(List<Word> sources, Optional<Word> destination, boolean json) {
    }

    // spec 1.8 ADD/COPY: maybe-JSON list, >= 2 arguments, no heredoc as destination.
    private Transfer transfer(InstructionHeader h, MappedText args, List<Heredoc> heredocs, ProblemSink checks) {
        Optional<List<JsonArray.Element>> json = JsonArray.parse(args.text());
        List<Word> all = json.isPresent() ? jsonWords(args, json.get()) : words(args);
        String k = h.keyword();
        if (all.size() < 2) {
            checks.report(all.isEmpty() ? h.keywordRange() : all.get(0).range(), k
                    + " requires at least two arguments, but only one was provided. Destination could not be determined.");
            return new Transfer(json.isPresent() ? all : withoutMarkers(all, heredocs), Optional.empty(), json.isPresent());
        }
        Word dest = all.get(all.size() - 1);
        if (HeredocMarkers.isMarker(dest.text())) {
            checks.report(dest.range(), k + " cannot accept a heredoc as a destination");
        }
        List<Word> sources = all.subList(0, all.size() - 1);
        return new Transfer(json.isPresent() ? sources : withoutMarkers(sources, heredocs), Optional.of(dest),
                json.isPresent());
    }

    /** The words that are not heredoc markers; both lists are in source order. */
    private static List<Word> withoutMarkers(List<Word> words, List<Heredoc> heredocs) {
        if (heredocs.isEmpty()) {
            return words;
        }
        List<Word> out = new ArrayList<>();
        int h = 0;
        for (Word w : words) {
            while (h < heredocs.size() && heredocs.get(h).markerRange().end() <= w.range().start()) {
                h++;
            }
            boolean marker = h < heredocs.size() && heredocs.get(h).markerRange().start() < w.range().end();
            if (!marker) {
                out.add(w);
            }
        }
        return out;
    }

    private static void copyFromCheck(InstructionHeader h, ProblemSink checks) {
        for (Flag f : h.flags()) {
            if (f.name().equals("from") && MountParser.hasVariable(f.valueOrEmpty())) {
                checks.report(f.range(), "variable expansion is not supported for --from, define alias stage instead");
            }
        }
    }

    private List<Word> jsonWords(MappedText args, List<JsonArray.Element> elements) {
        List<Word> out = new ArrayList<>();
        for (Arg a : execArgs(args, elements)) {
            out.add(new Word(a.value(), a.range()));
        }
        return out;
    }

    private VolumeInstruction volume(InstructionHeader h, MappedText args, ProblemSink checks) {
        Optional<List<JsonArray.Element>> json = JsonArray.parse(args.text());
        List<Word> paths = json.isPresent() ? jsonWords(args, json.get()) : words(args);
        atLeastOne(h, paths, checks);
        for (Word w : paths) {
            if (isAllSpace(w.text())) {
                checks.report(w.range(), "VOLUME specified can not be an empty string");
            }
        }
        return new VolumeInstruction(h, paths, json.isPresent());
    }

    private static boolean isAllSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!GoText.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Word> atLeastOne(InstructionHeader h, List<Word> words, ProblemSink checks) {
        if (words.isEmpty()) {
            checks.report(h.keywordRange(), h.keyword() + " requires at least one argument");
        }
        return words;
    }

    private static Word exactlyOne(InstructionHeader h, MappedText args, ProblemSink checks) {
        if (args.length() == 0) {
            checks.report(h.keywordRange(), h.keyword() + " requires exactly one argument");
            return emptyWord(args);
        }
        return new Word(args.text(), args.toSource(0, args.length()));
    }

    // spec 1.6 ENV/LABEL: legacy `KEY value...` if the first word has no `=`, else all `k=v`.
    private List<KeyValue> pairs(InstructionHeader h, MappedText args, ProblemSink checks) {
        String s = args.text();
        String k = h.keyword();
        List<int[]> words = Words.parseWords(s, escape);
        List<KeyValue> out = new ArrayList<>();
        if (words.isEmpty()) {
            checks.report(h.keywordRange(), k + " requires at least one argument");
            return out;
        }
        int[] first = words.get(0);
        if (s.substring(first[0], first[1]).indexOf('=') < 0) {
            int[] split = Words.firstSplit(s);
            if (split.length == 0) {
                problems.report(args.toSource(0, s.length()), k + " must have two arguments");
                return out;
            }
            out.add(new KeyValue(s.substring(0, split[0]), s.substring(split[1]), args.toSource(0, split[0]),
                    args.toSource(split[1], s.length()), true));
            return out;
        }
        for (int[] w : words) {
            String word = s.substring(w[0], w[1]);
            int eq = word.indexOf('=');
            if (eq < 0) {
                problems.report(args.toSource(w[0], w[1]), "Syntax error - can't find = in \"" + word
                        + "\". Must be of the form: name=value");
                continue;
            }
            if (eq == 0) {
                checks.report(args.toSource(w[0], w[1]), k + " names can not be blank");
            }
            out.add(new KeyValue(word.substring(0, eq), word.substring(eq + 1), args.toSource(w[0], w[0] + eq),
                    args.toSource(w[0] + eq + 1, w[1]), false));
        }
        return out;
    }

    private List<ArgDeclaration> declarations(InstructionHeader h, MappedText args, ProblemSink checks) {
        String s = args.text();
        List<ArgDeclaration> out = new ArrayList<>();
        List<int[]> words = Words.parseWords(s, escape);
        if (words.isEmpty()) {
            checks.report(h.keywordRange(), "ARG requires at least one argument");
        }
        for (int[] w : words) {
            String word = s.substring(w[0], w[1]);
            int eq = word.indexOf('=');
            TextRange range = args.toSource(w[0], w[1]);
            if (eq < 0) {
                out.add(new ArgDeclaration(word, Optional.empty(), range, range, TextRange.empty(range.end())));
                continue;
            }
            if (eq == 0) {
                checks.report(range, "ARG names can not be blank");
            }
            out.add(new ArgDeclaration(word.substring(0, eq), Optional.of(word.substring(eq + 1)), range,
                    args.toSource(w[0], w[0] + eq), args.toSource(w[0] + eq + 1, w[1])));
        }
        return out;
    }

    // spec 1.6 ONBUILD: the rest is a complete instruction line; spec 1.8 forbids three triggers.
    private OnbuildInstruction onbuild(InstructionHeader h, MappedText args, Placement placement,
            List<Heredoc> heredocs, boolean checked) {
        ProblemSink checks = checked ? problems : ProblemSink.IGNORE;
        if (args.length() == 0) {
            checks.report(h.keywordRange(), "ONBUILD requires at least one argument");
            return new OnbuildInstruction(h, Optional.empty());
        }
        if (!checked) {
            // Already inside a trigger (`ONBUILD ONBUILD ...`, rejected one level up): stop here so
            // a long chain cannot recurse deeply.
            return new OnbuildInstruction(h, Optional.empty());
        }
        SplitLine sub = SplitLine.of(args);
        String trigger = sub.keyword().toUpperCase(Locale.ROOT);
        TextRange subRange = new TextRange(args.toSource(0), Math.max(args.toSource(0), placement.range().end()));
        if (trigger.equals("ONBUILD")) {
            checks.report(subRange, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
        } else if (trigger.equals("MAINTAINER") || trigger.equals("FROM")) {
            checks.report(subRange, trigger + " isn't allowed as an ONBUILD trigger");
        }
        Placement p = new Placement(subRange, List.of(), placement.startLine(), placement.endLine(), List.of());
        return new OnbuildInstruction(h, Optional.of(create(sub, p, heredocs, false)));
    }

    private static List<Word> words(MappedText args) {
        List<Word> out = new ArrayList<>();
        String s = args.text();
        for (int[] w : Words.splitWhitespace(s)) {
            out.add(new Word(s.substring(w[0], w[1]), args.toSource(w[0], w[1])));
        }
        return out;
    }

    private static Word emptyWord(MappedText args) {
        return new Word("", TextRange.empty(args.toSource(0)));
    }

    private static List<String> upperCase(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.toUpperCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }
}
