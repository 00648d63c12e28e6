package dev.bulwark.rules.dockerfile;

import dev.bulwark.shell.RedirectOperator;
import dev.bulwark.shell.Redirection;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Last commands of a pipeline that make {@code pipefail} useless (issue 9). A consumer that
 * validates its whole input fails the pipeline by itself when the left side fails, because a
 * failed producer leaves it empty or truncated input: {@code gpg --dearmor}/{@code --import} and
 * {@code apt-key add -} find no complete OpenPGP data; the decompressors and {@code tar} with a
 * compression option check the stream's end and checksum. A {@code grep -q} is an assertion on
 * the output: empty output fails it, and pipefail would make it fail spuriously when grep exits at
 * the first match and the writer gets SIGPIPE; so is a plain {@code grep} at the end whose output
 * only goes to the build log. An {@code xargs} without {@code -r} runs its command even on empty
 * input, and {@code pip install} and the like then fail without operands. Not here, because they accept empty or cut input:
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

    private static final Set<String> GREP_VALUE_OPTIONS = Set.of("-e", "--regexp", "-f", "--file", "-m",
            "--max-count", "-A", "--after-context", "-B", "--before-context", "-C", "--context", "--label",
            "--include", "--exclude", "--exclude-dir", "-d", "--directories", "-D", "--devices");
    private static final Set<String> XARGS_VALUE_OPTIONS = Set.of("-d", "-E", "-L", "-n", "-P", "-s",
            "--delimiter", "--max-lines", "--max-args", "--max-procs", "--max-chars", "--process-slot-var");
    private static final Set<String> PIP_NEEDS_OPERANDS = Set.of("install", "uninstall", "download", "wheel");
    // Without an operand these fail: "missing operand".
    private static final Set<String> NEEDS_OPERANDS = Set.of("mkdir", "touch", "chmod", "chown", "chgrp", "cp",
            "mv", "ln");

    private PipeConsumers() {
    }

    /** Whether {@code last}, reading the pipe, fails when the commands before it fail. */
    static boolean catchesFailedProducer(SimpleCommand last) {
        SimpleCommand c = last.effective();
        // effective() looks through xargs to the command it runs; the options are on the original.
        if (last.original().is("xargs")) {
            return xargsRunsCommandNeedingOperands(last.original());
        }
        if (c.is("grep", "egrep", "fgrep")) {
            return c.hasFlag("-q", "--quiet", "--silent") || grepAssertsOnStdin(c);
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
        if (c.is("cpio")) {
            return cpioExtractsStdin(c);
        }
        String name = c.baseName().orElse("");
        if (DECOMPRESSORS.contains(name)
                || COMPRESSORS.contains(name) && c.hasFlag("-d", "--decompress", "--uncompress")) {
            return readsStdin(c.positionals(COMPRESSOR_VALUE_OPTIONS));
        }
        return false;
    }

    // `rpm2cpio x.rpm | cpio -idv`: copy-in mode reads the archive from the pipe and fails on an
    // empty or cut one ("premature end of archive"), unless -I or -F names a file to read instead.
    private static boolean cpioExtractsStdin(SimpleCommand cpio) {
        boolean extract = false;
        for (Word w : cpio.arguments()) {
            String v = w.value();
            if (v.equals("--extract")) {
                extract = true;
            } else if (v.startsWith("--file") || v.startsWith("-I") || v.startsWith("-F")) {
                return false;
            } else if (v.length() > 1 && v.charAt(0) == '-' && v.charAt(1) != '-') {
                extract |= v.indexOf('i') > 0;
            }
        }
        return extract;
    }

    // `… | grep pattern` as the pipeline's end, its output going only to the build log: like
    // `grep -q`, its status asserts a match, and a failed producer leaves it nothing to match.
    // Not with file operands (grep does not read the pipe), nor redirected output (a filter that
    // writes a file, whose status is incidental), nor the options that change what the status means.
    private static boolean grepAssertsOnStdin(SimpleCommand grep) {
        if (!grepSelectsFromPipe(grep)) {
            return false;
        }
        for (Redirection r : grep.redirections()) {
            if (r.effectiveFd() != 2 || r.operator() == RedirectOperator.OUTPUT_AND_ERROR
                    || r.operator() == RedirectOperator.APPEND_OUTPUT_AND_ERROR) {
                return false;
            }
        }
        return true;
    }

    /**
     * A {@code grep} that selects lines from the pipe, so that empty input makes it exit 1: no file
     * operands, and none of the options that change what the status means.
     */
    static boolean grepSelectsFromPipe(SimpleCommand grep) {
        if (!grep.is("grep", "egrep", "fgrep") || grep.hasFlag("-L", "--files-without-match", "-c", "--count",
                "-r", "-R", "--recursive", "--dereference-recursive")) {
            return false;
        }
        List<Word> positionals = grep.positionals(GREP_VALUE_OPTIONS);
        boolean patternGiven = grep.hasFlag(GREP_VALUE_OPTIONS, "-e", "--regexp", "-f", "--file");
        int files = patternGiven ? positionals.size() : positionals.size() - 1;
        return files == 0 || files == 1 && positionals.get(positionals.size() - 1).is("-");
    }

    // GNU and busybox xargs without `-r` run the command once even on empty input; these
    // commands then fail for want of an operand ("You must give at least one requirement",
    // "missing operand"), so a failed producer fails the RUN.
    private static boolean xargsRunsCommandNeedingOperands(SimpleCommand xargs) {
        List<Word> args = xargs.arguments();
        int k = 0;
        while (k < args.size()) {
            String a = args.get(k).value();
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            if (a.equals("--")) {
                k++;
                break;
            }
            // Reads its input elsewhere, or runs nothing on empty input.
            if (a.startsWith("--")) {
                if (a.equals("--no-run-if-empty") || a.startsWith("--arg-file") || a.startsWith("--replace")) {
                    return false;
                }
                k += XARGS_VALUE_OPTIONS.contains(a) ? 2 : 1;
                continue;
            }
            // A cluster such as `-0r` or `-n1`: letters up to the first that takes a value.
            boolean value = false;
            for (int j = 1; j < a.length() && !value; j++) {
                char letter = a.charAt(j);
                if (letter == 'r' || letter == 'a' || letter == 'I' || letter == 'i') {
                    return false;
                }
                value = XARGS_VALUE_OPTIONS.contains("-" + letter);
                if (value && j + 1 < a.length()) {
                    k--; // the value is attached
                }
            }
            k += value ? 2 : 1;
        }
        List<String> command = new ArrayList<>();
        for (Word w : args.subList(Math.min(k, args.size()), args.size())) {
            command.add(w.value());
        }
        return needsOperands(command);
    }

    private static boolean needsOperands(List<String> command) {
        if (command.isEmpty()) {
            return false;
        }
        String program = command.get(0).substring(command.get(0).lastIndexOf('/') + 1);
        List<String> rest = command.subList(1, command.size());
        if (ProgramNames.isPython(program) && rest.size() >= 2 && rest.get(0).equals("-m")) {
            return needsOperands(rest.subList(1, rest.size()));
        }
        String sub = firstNonOption(rest);
        if (ProgramNames.isPip(program)) {
            return PIP_NEEDS_OPERANDS.contains(sub);
        }
        if (program.equals("apt-get") || program.equals("apt")) {
            return sub.equals("source");
        }
        if (program.equals("dpkg")) {
            return rest.contains("-i") || rest.contains("--install");
        }
        return NEEDS_OPERANDS.contains(program);
    }

    private static String firstNonOption(List<String> words) {
        for (String w : words) {
            if (!w.startsWith("-")) {
                return w;
            }
        }
        return "";
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
