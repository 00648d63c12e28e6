package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.rules.Text;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.core.TextRange;
import dev.bulwark.shell.Redirection;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A model fetched at build time with nothing fixing what arrives: {@code huggingface-cli download}
 * or {@code hf download} without {@code --revision}, {@code snapshot_download(…)},
 * {@code hf_hub_download(…)}, {@code from_pretrained(…)} or {@code SentenceTransformer(…)} in
 * {@code python -c} code without {@code revision=}, and {@code wget}/{@code curl} of a model URL
 * (a Hugging Face {@code /resolve/<branch>/} link, {@code *.safetensors}, {@code *.pt},
 * {@code *.pth}, {@code *.onnx}, {@code *.gguf}, {@code *.ckpt}) with no checksum check after it
 * in the same RUN.
 */
@RuleInfo(code = "DF078", name = "model-download-unpinned", practice = Practice.MODEL_ARTIFACTS,
        severity = Severity.WARNING,
        summary = "A model is downloaded at build time without a pinned revision or a checksum check.",
        fix = "Pin the revision to a commit (`--revision <sha>`, `revision=\"<sha>\"`, `/resolve/<sha>/`) or verify with `sha256sum -c`.")
public final class ModelDownloadUnpinned implements DockerfileRule {
    private static final Set<String> HF_CLI = Set.of("huggingface-cli", "hf");
    private static final Set<String> HF_VALUES = Set.of("--revision", "--repo-type", "--include", "--exclude",
            "--cache-dir", "--local-dir", "--token", "--max-workers", "--local-dir-use-symlinks");
    private static final Set<String> MOVING_REVISIONS = Set.of("main", "master");
    private static final LazyPattern CALL = LazyPattern.of(
            "\\b(snapshot_download|hf_hub_download|from_pretrained|SentenceTransformer)\\s*\\(");
    private static final LazyPattern REVISION_ARG = LazyPattern.of("\\brevision\\s*=");
    // The first argument when it is a string literal, positional or by keyword.
    private static final LazyPattern FIRST_STRING = LazyPattern.of("^\\s*(?:[A-Za-z_]+\\s*=\\s*)?['\"]([^'\"]*)['\"]\\s*(?:,|$)");
    private static final LazyPattern COMMIT = LazyPattern.of("[0-9a-f]{40}");
    private static final LazyPattern RESOLVE = LazyPattern.of("/resolve/([^/]+)/");
    private static final List<String> MODEL_SUFFIXES = List.of(".safetensors", ".pt", ".pth", ".onnx", ".gguf",
            ".ckpt");
    private static final Set<String> CHECKSUM_TOOLS = Set.of("sha256sum", "sha512sum", "sha384sum", "sha224sum",
            "sha1sum", "md5sum", "b2sum", "shasum", "cksum");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (RunCommands run : RunsInFile.of(ctx)) {
            List<SimpleCommand> commands = run.commands();
            for (int i = 0; i < commands.size(); i++) {
                SimpleCommand c = commands.get(i).effective();
                if (c.is(HF_CLI.toArray(new String[0]))) {
                    checkCli(c, sink);
                } else if (ProgramNames.runsPython(c)) {
                    checkPython(c, sink);
                } else if (c.is("wget", "curl") && !verifiedLater(commands, i)) {
                    for (Word w : c.arguments()) {
                        if (!w.hasExpansion() && isUnpinnedModelUrl(w.value())) {
                            sink.report(w.range(), "`" + c.baseName().get() + "` of model `" + fileName(w.value())
                                    + "` without a checksum check");
                            break;
                        }
                    }
                }
            }
        }
    }

    private static void checkCli(SimpleCommand c, FindingSink sink) {
        List<Word> positionals = c.positionals(HF_VALUES);
        if (positionals.size() < 2 || !positionals.get(0).is("download")) {
            return;
        }
        Optional<Word> revision = c.flagValue(HF_VALUES, "--revision");
        if (revision.isEmpty() || MOVING_REVISIONS.contains(revision.get().literal().orElse(""))) {
            sink.report(c.nameRange().cover(positionals.get(1).range()), "`" + c.baseName().get() + " download "
                    + positionals.get(1).value() + "` without a pinned `--revision`");
        }
    }

    /** Reads {@code python -c CODE} minimally: each download call and whether it passes {@code revision=}. */
    private static void checkPython(SimpleCommand c, FindingSink sink) {
        Optional<Word> code = c.flagValue(Set.of("-W", "-X", "-m"), "-c");
        if (code.isPresent()) {
            checkCode(code.get().value(), code.get().range(), Optional.of(code.get()), sink);
            return;
        }
        // `python3 <<EOF … EOF` (or `python3 - <<EOF`): the interpreter reads its program from the heredoc.
        List<Word> positionals = c.positionals(Set.of("-W", "-X"));
        boolean stdin = positionals.isEmpty() || positionals.size() == 1 && positionals.get(0).is("-");
        if (stdin && !c.hasFlag(Set.of("-W", "-X"), "-m")) {
            for (Redirection r : c.redirections()) {
                if (r.effectiveFd() == 0 && r.heredoc().isPresent()) {
                    checkCode(r.heredoc().get().text(), r.heredoc().get().range(), Optional.empty(), sink);
                }
            }
        }
    }

    /** {@code word} is the {@code -c} argument the code came from; a heredoc body has none. */
    private static void checkCode(String text, TextRange range, Optional<Word> word, FindingSink sink) {
        Matcher call = CALL.matcher(text);
        while (call.find()) {
            String args = arguments(text, call.end());
            Matcher first = FIRST_STRING.matcher(args);
            // A local path loads what is already there; an id in a variable cannot be judged.
            if (REVISION_ARG.matcher(args).find() || !first.find() || isLocalPath(first.group(1))) {
                continue;
            }
            int id = call.end() + first.start(1);
            sink.report(culprit(text, range, word, id, call.end() + first.end(1)),
                    "`" + call.group(1) + "(\"" + first.group(1) + "\")` without `revision=`");
            return;
        }
    }

    /** Where the model id is written: inside the string or heredoc when that maps, else the whole code. */
    private static TextRange culprit(String text, TextRange whole, Optional<Word> word, int from, int to) {
        if (word.isPresent()) {
            return word.get().valueRange(from, to).orElse(whole);
        }
        return whole.length() == text.length() ? new TextRange(whole.start() + from, whole.start() + to) : whole;
    }

    /** The text between the call's parentheses (to the end when unbalanced), quotes respected. */
    private static String arguments(String text, int from) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }

    private static boolean isLocalPath(String id) {
        return id.isEmpty() || id.startsWith("/") || id.startsWith(".") || id.startsWith("~") || id.contains("$")
                || id.contains("{");
    }

    static boolean isUnpinnedModelUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (!u.startsWith("https://") && !u.startsWith("http://")) {
            return false;
        }
        String path = Urls.withoutQuery(u);
        String rest = path.substring(path.indexOf("://") + 3);
        String host = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        if (host.equals("huggingface.co") || host.equals("hf.co") || host.endsWith(".huggingface.co")) {
            Matcher m = RESOLVE.matcher(Urls.withoutQuery(url));
            if (m.find()) {
                return !COMMIT.matcher(m.group(1)).matches();
            }
        }
        return Text.endsWithAny(path, MODEL_SUFFIXES);
    }

    // A checksum tool after the download in the same RUN verifies it (`sha256sum -c`, `shasum -a 256`).
    private static boolean verifiedLater(List<SimpleCommand> commands, int index) {
        for (SimpleCommand later : commands.subList(index + 1, commands.size())) {
            SimpleCommand c = later.effective();
            if (CHECKSUM_TOOLS.contains(c.baseName().orElse("")) || c.is("openssl") && c.hasArgument("dgst", "sha256")) {
                return true;
            }
        }
        return false;
    }


    private static String fileName(String url) {
        String path = Urls.withoutQuery(url);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
