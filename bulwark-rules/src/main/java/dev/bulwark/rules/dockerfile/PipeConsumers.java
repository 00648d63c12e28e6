package dev.bulwark.rules.dockerfile;

import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Set;

/**
 * Last commands of a pipeline that make {@code pipefail} useless (issue 9). A consumer that
 * validates its whole input fails the pipeline by itself when the left side fails, because a
 * failed producer leaves it empty or truncated input: {@code gpg --dearmor}/{@code --import} and
 * {@code apt-key add -} find no complete OpenPGP data; the decompressors and {@code tar} with a
 * compression option check the stream's end and checksum. A {@code grep -q} is an assertion on
 * the output: empty output fails it, and pipefail would make it fail spuriously when grep exits at
 * the first match and the writer gets SIGPIPE. Not here, because they accept empty or cut input:
 * shells and interpreters, {@code tee}, {@code wc}, {@code sed}, plain {@code tar -x} (a stream cut
 * at a 512-byte block boundary extracts without error), {@code sha256sum -c} (a list cut at a line
 * boundary checks fewer files and passes).
 */
final class PipeConsumers {
    private static final Set<String> GPG_VALUE_OPTIONS = Set.of("-o", "--output", "--homedir", "--keyring",
            "--primary-keyring", "--trust-model", "--keyserver", "--status-fd", "--passphrase-fd");
    private static final Set<String> DECOMPRESSORS = Set.of("gunzip", "zcat", "unxz", "xzcat", "bunzip2", "bzcat",
            "unzstd", "zstdcat", "unlzma", "lzcat");
    private static final Set<String> COMPRESSORS = Set.of("gzip", "xz", "bzip2", "zstd", "lzma");
    private static final Set<String> COMPRESSOR_VALUE_OPTIONS = Set.of("-T", "--threads", "-S", "--suffix", "-o",
            "--memlimit", "-M");
    private static final Set<String> TAR_COMPRESSION = Set.of("--gzip", "--gunzip", "--ungzip", "--bzip2", "--xz",
            "--lzma", "--zstd", "--lzip", "--lzop", "--use-compress-program", "-I");

    private PipeConsumers() {
    }

    /** Whether {@code last}, reading the pipe, fails when the commands before it fail. */
    static boolean catchesFailedProducer(SimpleCommand last) {
        SimpleCommand c = last.effective();
        if (c.is("grep", "egrep", "fgrep")) {
            return c.hasFlag("-q", "--quiet", "--silent");
        }
        if (c.is("gpg", "gpg2")) {
            return c.hasFlag("--dearmor", "--dearmour", "--import") && readsStdin(c.positionals(GPG_VALUE_OPTIONS));
        }
        if (c.is("apt-key")) {
            List<Word> args = c.arguments();
            return args.size() >= 2 && args.get(args.size() - 2).is("add") && args.get(args.size() - 1).is("-");
        }
        if (c.is("tar", "bsdtar")) {
            return tarExtractsCompressedStdin(c);
        }
        String name = c.baseName().orElse("");
        if (DECOMPRESSORS.contains(name)
                || COMPRESSORS.contains(name) && c.hasFlag("-d", "--decompress", "--uncompress")) {
            return readsStdin(c.positionals(COMPRESSOR_VALUE_OPTIONS));
        }
        return false;
    }

    private static boolean readsStdin(List<Word> operands) {
        return operands.isEmpty() || operands.size() == 1 && operands.get(0).is("-");
    }

    // `tar -xzf -`, `tar xz`, `tar --extract --zstd --file=-`: extracting, through a decompressor
    // (which checks the stream's end; GNU tar does not detect compression on a pipe), from stdin.
    private static boolean tarExtractsCompressedStdin(SimpleCommand tar) {
        List<Word> args = tar.arguments();
        boolean extract = false;
        boolean compressed = false;
        String file = "-";
        for (int k = 0; k < args.size(); k++) {
            String a = args.get(k).value();
            boolean oldStyleBundle = k == 0 && !a.startsWith("-") && isLetters(a);
            if (a.startsWith("--")) {
                extract |= a.equals("--extract") || a.equals("--get");
                compressed |= TAR_COMPRESSION.contains(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
                if (a.startsWith("--file=")) {
                    file = a.substring("--file=".length());
                } else if (a.equals("--file") && k + 1 < args.size()) {
                    file = args.get(k + 1).value();
                }
            } else if (oldStyleBundle || a.startsWith("-") && a.length() > 1 && isLetters(a.substring(1))) {
                String letters = oldStyleBundle ? a : a.substring(1);
                extract |= letters.indexOf('x') >= 0;
                compressed |= letters.indexOf('z') >= 0 || letters.indexOf('j') >= 0 || letters.indexOf('J') >= 0
                        || letters.indexOf('Z') >= 0 || letters.indexOf('I') >= 0;
                int f = letters.indexOf('f');
                if (f >= 0) {
                    // `-xzf -`: the value is the next word; `-xzf-` or `-fX`: the rest of the cluster.
                    file = f + 1 < letters.length() && !oldStyleBundle ? letters.substring(f + 1)
                            : k + 1 < args.size() ? args.get(k + 1).value() : "";
                }
            }
        }
        return extract && compressed && file.equals("-");
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
