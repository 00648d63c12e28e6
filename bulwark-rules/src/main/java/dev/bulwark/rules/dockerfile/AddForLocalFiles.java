package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ADD whose sources are all local non-archive paths, where COPY says what happens. */
@RuleInfo(code = "DF015", name = "add-for-local-files", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "ADD copies plain local files, which COPY does without ADD's extraction and download magic.",
        fix = "Use COPY for local files and directories.",
        aliases = {"DL3020"}, autofix = FixApplicability.SAFE)
public final class AddForLocalFiles implements DockerfileRule {
    // Archives ADD unpacks (tar, plain or compressed, spec 1.8) by extension.
    private static final Set<String> COPY_FLAGS = Set.of("chown", "chmod", "link", "exclude", "parents");
    private static final List<String> ARCHIVE_SUFFIXES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2",
            ".tbz", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".gz", ".bz2", ".xz", ".zst");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof AddInstruction add) || add.sources().isEmpty()) {
                continue;
            }
            List<String> local = new ArrayList<>();
            boolean allLocal = true;
            for (Word source : add.sources()) {
                Expansion e = ctx.model().expand(add, source.text());
                // A source with an unknown variable could be anything: do not guess.
                if (!e.isOk() || !e.undefined().isEmpty() || !isLocalFile(e.text())) {
                    allLocal = false;
                    break;
                }
                local.add(e.text());
            }
            if (allLocal) {
                String message = "ADD of local `" + local.get(0) + "`" + (local.size() > 1
                        ? " and " + (local.size() - 1) + " more" : "") + ": use COPY";
                if (copyTakesFlags(add)) {
                    sink.report(add.keywordRange(), message, Fix.safe("use COPY",
                            TextEdit.replace(add.keywordRange(), FixTexts.likeCase("COPY", add.keywordText()))));
                } else {
                    sink.report(add.keywordRange(), message);
                }
            }
        }
    }

    // ADD's own flags (--checksum, --keep-git-dir, --unpack) have no COPY equivalent.
    private static boolean copyTakesFlags(AddInstruction add) {
        for (Flag flag : add.flags()) {
            if (!COPY_FLAGS.contains(flag.name())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalFile(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        boolean remote = s.startsWith("http://") || s.startsWith("https://") || s.startsWith("git@")
                || s.startsWith("git://") || s.startsWith("ssh://") || s.contains(".git#") || s.endsWith(".git");
        return !remote && !Text.endsWithAny(s, ARCHIVE_SUFFIXES);
    }
}
