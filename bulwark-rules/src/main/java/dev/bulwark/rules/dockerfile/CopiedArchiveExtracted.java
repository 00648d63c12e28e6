package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.rules.Text;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A local tar archive COPY'd into a stage and unpacked by {@code tar} in a later RUN of the same
 * stage: the archive stays in the COPY layer, while {@code ADD} would unpack it in one step.
 */
@RuleInfo(code = "DF045", name = "copied-archive-extracted", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO,
        summary = "A tar archive is COPY'd and then extracted, keeping the archive in a layer.",
        fix = "Use `ADD archive.tar.gz /dest/`, which unpacks local tar archives in one layer.",
        aliases = {"DL3010"})
public final class CopiedArchiveExtracted implements DockerfileRule {
    private static final LazyPattern LETTERS = LazyPattern.of("[A-Za-z]+");
    // Tar archives ADD unpacks (identity, gzip, bzip2, xz compression).
    private static final List<String> TAR_SUFFIXES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz",
            ".tb2", ".tar.xz", ".txz", ".tpz");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        ShippedImage image = ShippedImage.of(ctx.model());
        for (Stage stage : ctx.model().stages()) {
            // A stage that only feeds others ships no layer: its archive never reaches the image.
            if (!image.ships(stage)) {
                continue;
            }
            // Archive base name -> the COPY that brought it.
            Map<String, CopyInstruction> archives = new LinkedHashMap<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof CopyInstruction copy && CopySources.readsContext(copy)) {
                    String destName = Text.fileName(CopySources.destination(ctx.model(), copy).orElse(""));
                    if (isTar(destName)) {
                        archives.putIfAbsent(destName, copy);
                    } else {
                        for (CopySources.Source source : CopySources.of(ctx.model(), copy)) {
                            addIfTar(archives, source.baseName(), copy);
                            // A Windows path under the default escape character (`build\app.tar`)
                            // loses its backslashes in expansion; its name as written is the archive's.
                            addIfTar(archives, Text.fileName(source.word().text()), copy);
                        }
                    }
                } else if (instruction instanceof RunInstruction run && !archives.isEmpty()) {
                    for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                        SimpleCommand c = command.effective();
                        if (!extracts(c)) {
                            continue;
                        }
                        for (Word w : c.arguments()) {
                            String name = Text.fileName(w.value());
                            CopyInstruction copy = archives.remove(name);
                            if (copy != null) {
                                sink.report(copy.keywordRange(), "`" + name + "` is copied, then extracted at line "
                                        + run.startLine());
                            }
                        }
                    }
                }
            }
        }
    }

    private static void addIfTar(Map<String, CopyInstruction> archives, String name, CopyInstruction copy) {
        if (isTar(name)) {
            archives.putIfAbsent(name, copy);
        }
    }

    private static boolean isTar(String name) {
        return Text.endsWithAny(name.toLowerCase(Locale.ROOT), TAR_SUFFIXES);
    }

    // `tar -xzf`, `tar --extract`, and the old dash-less `tar xzf`.
    private static boolean extracts(SimpleCommand c) {
        if (!c.is("tar") || c.arguments().isEmpty()) {
            return false;
        }
        String first = c.arguments().get(0).value();
        if (!first.startsWith("-") && first.contains("x") && LETTERS.matcher(first).matches()) {
            return true;
        }
        for (Word w : c.arguments()) {
            String v = w.value();
            if (v.equals("--extract") || v.equals("--get") || v.startsWith("-") && !v.startsWith("--") && v.contains("x")) {
                return true;
            }
        }
        return false;
    }
}
