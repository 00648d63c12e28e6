package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.ScratchBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.WorkdirInstruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * COPY or ADD to a relative destination in a stage (chain) that never set WORKDIR: the files land
 * relative to whatever working directory the base image has, often {@code /} (spec 1.8). Stages
 * built on {@code scratch} inherit no working directory, so theirs is always {@code /}.
 *
 * <p>Reported only where that location matters: when the image's command (CMD, ENTRYPOINT,
 * HEALTHCHECK) refers to the files relatively, or a later instruction refers to them by an
 * absolute path or as a {@code COPY --from} source (both assume the base's directory). Build
 * inputs that later steps use through the same relative path (requirement files, a setup script
 * run and deleted) work wherever they land, and are left alone.
 */
@RuleInfo(code = "DF115", name = "relative-copy-without-workdir", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "COPY or ADD targets a relative path, no WORKDIR was set, and the image's command or a later absolute path depends on where the files land.",
        fix = "Set `WORKDIR /app` first, or copy to an absolute path.",
        aliases = {"DL3045"})
public final class RelativeCopyWithoutWorkdir implements DockerfileRule {
    private static final Set<String> FILE_SUFFIXES = Set.of(".py", ".sh", ".js", ".mjs", ".cjs", ".ts", ".jar",
            ".rb", ".pl", ".php", ".yaml", ".yml", ".json", ".toml", ".conf", ".cfg", ".ini", ".properties");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (CopyDestinations.CopyDestination d : CopyDestinations.of(ctx.model())) {
            // An image built on `scratch` has no configuration to inherit: its working directory is
            // `/` unless this file sets one, so the destination does not depend on a base image.
            if (!d.isAbsolute() && d.stage().workdirAt(d.instruction()).isEmpty()
                    && !(d.stage().rootBase() instanceof ScratchBase) && placementMatters(ctx, d)) {
                sink.report(d.written().range(), "`" + d.path() + "` is relative and no WORKDIR is set");
            }
        }
    }

    private static boolean placementMatters(DockerfileContext ctx, CopyDestinations.CopyDestination d) {
        Optional<List<String>> names = copiedNames(d);
        for (Instruction later : ctx.dockerfile().instructions()) {
            if (later.startLine() <= d.instruction().endLine()) {
                continue;
            }
            Optional<Stage> stage = ctx.model().stageOf(later);
            boolean command = later instanceof CmdInstruction || later instanceof EntrypointInstruction
                    || later instanceof HealthcheckInstruction;
            if (command && stage.isPresent() && builtOn(stage.get(), d.stage())
                    && stage.get().workdirAt(later).isEmpty() && refersRelatively(later, names)) {
                return true;
            }
            // The same stage or one built on it, or a COPY --from of another stage.
            boolean sees = later.flag("from").isPresent() || stage.isPresent() && builtOn(stage.get(), d.stage());
            if (names.isPresent() && sees && refersAbsolutely(later, names.get())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The relative paths the copy creates in the working directory (its destination, or the names
     * of what it copies into the directory itself); empty when not known ({@code COPY . .}).
     * Each copied path is judged on its own: a reference to {@code /fedml/fedml-pip} says nothing
     * about {@code fedml/requirements.txt}.
     */
    private static Optional<List<String>> copiedNames(CopyDestinations.CopyDestination d) {
        String dest = stripDot(d.path());
        if (!dest.isEmpty()) {
            return Optional.of(List.of(dest));
        }
        List<Word> sources = d.instruction() instanceof CopyInstruction c ? c.sources()
                : d.instruction() instanceof AddInstruction a ? a.sources() : List.of();
        List<String> out = new ArrayList<>();
        for (Word source : sources) {
            String s = stripDot(source.text());
            int slash = s.lastIndexOf('/');
            String base = slash < 0 ? s : s.substring(slash + 1);
            if (base.isEmpty() || hasSpecial(base) || base.endsWith(".tar") || base.contains(".tar.")
                    || base.endsWith(".tgz")) {
                // A directory's contents, a pattern or an archive ADD may unpack: names not known.
                return Optional.empty();
            }
            out.add(base);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    // Without leading `./` and trailing `/`; `.` becomes empty.
    private static String stripDot(String path) {
        String p = path;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals(".") ? "" : p;
    }

    private static boolean hasSpecial(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '$' || c == '{') {
                return true;
            }
        }
        return false;
    }

    private static boolean builtOn(Stage stage, Stage base) {
        for (Optional<Stage> s = Optional.of(stage); s.isPresent(); s = s.get().parent()) {
            if (s.get() == base) {
                return true;
            }
        }
        return false;
    }

    // A word of the command naming a copied file relatively, or, when the names are not known, a
    // relative path, a script file or a Python `module:app` that resolves against the working directory.
    private static boolean refersRelatively(Instruction command, Optional<List<String>> names) {
        for (String token : tokens(command.arguments().text())) {
            if (token.startsWith("/") || token.startsWith("-") || token.startsWith("$") || token.contains("://")) {
                continue;
            }
            String t = stripDot(token);
            if (names.isPresent()) {
                for (String name : names.get()) {
                    if (t.equals(name) || t.startsWith(name + "/")) {
                        return true;
                    }
                }
            } else if (token.startsWith("./") || token.startsWith("../") || t.indexOf('/') > 0
                    || isFileName(t) || isModuleReference(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFileName(String token) {
        int dot = token.lastIndexOf('.');
        return dot > 0 && FILE_SUFFIXES.contains(token.substring(dot).toLowerCase(Locale.ROOT));
    }

    // `main:app`, `app.server:api`: what uvicorn and gunicorn import from the working directory.
    private static boolean isModuleReference(String token) {
        int colon = token.indexOf(':');
        if (colon <= 0 || colon == token.length() - 1 || token.indexOf(':', colon + 1) >= 0) {
            return false;
        }
        return isIdentifierPath(token.substring(0, colon)) && isIdentifierPath(token.substring(colon + 1));
    }

    private static boolean isIdentifierPath(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = Character.isLetter(c) || c == '_' || c == '.' || i > 0 && Character.isDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // The same path or one inside it, or, for a COPY --from source, a folder holding it (copied with it).
    private static boolean overlaps(String path, String copied, boolean folderCounts) {
        return path.equals(copied) || path.startsWith(copied + "/") || folderCounts && copied.startsWith(path + "/");
    }

    // `/name` as a path (`RUN /entrypoint.sh`), or `name` as a source of `COPY --from`, which
    // resolves against the other stage's root. A COPY or ADD from the context only writes to the
    // image: its destination (`COPY . /project`) reads nothing there.
    private static boolean refersAbsolutely(Instruction later, List<String> names) {
        List<String> words = new ArrayList<>();
        boolean fromContext = (later instanceof CopyInstruction || later instanceof AddInstruction)
                && later.flag("from").isEmpty();
        // WORKDIR /project moves into a folder, reading nothing in it.
        if (fromContext || later instanceof WorkdirInstruction) {
            return false;
        }
        boolean copiesFrom = later instanceof CopyInstruction && later.flag("from").isPresent();
        if (later instanceof CopyInstruction c && copiesFrom) {
            for (Word source : c.sources()) {
                words.add(source.text().startsWith("/") ? source.text() : "/" + stripDot(source.text()));
            }
        } else {
            words = tokens(later.arguments().text());
        }
        for (String t : words) {
            for (String name : names) {
                if (t.startsWith("/") && overlaps(t.substring(1), name, copiesFrom)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"',;&|()[]=<>`".indexOf(c) >= 0) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
