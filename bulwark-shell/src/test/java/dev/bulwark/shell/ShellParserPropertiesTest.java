package dev.bulwark.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import java.util.List;
import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;

/** Totality and range invariants over random, fragment-built and mutated scripts. */
class ShellParserPropertiesTest {
    private static final String[] FRAGMENTS = {"a", "b", "pip", " ", " ", "\t", "\n", "\\\n", "\\", "'", "\"", "$",
        "${", "}", "$(", "(", ")", "`", "\\`", "$((", "))", ";", ";;", ";&", "&", "&&", "|", "||", "|&", "<", ">",
        "<<", "<<-", "EOF", "\nEOF\n", "<<<", ">&", "2>&1", "&>", "if ", "then ", "elif ", "else ", "fi", "for ",
        "in ", "do ", "done", "while ", "until ", "case ", "esac", "{ ", " }", "!", "#", "=", "x=", "A+=", "[[ ",
        " ]]", "function ", "f()", ":-", "%", "/", "$'", "$\"", "<(", ">(", "-y", "--opt=", "-m", "sudo ", "\r",
        "\u0000", "é", "\uD83D\uDE00"};

    private static final String[] SAMPLES = {
        "apt-get update && apt-get install -y --no-install-recommends curl git \\\n && rm -rf /var/lib/apt/lists/*",
        "curl -fsSL https://x/install.sh | sudo -E bash - && echo \"done $(date)\"",
        "if [ \"$TARGETARCH\" = amd64 ]; then ARCH=x86_64; else ARCH=aarch64; fi; echo ${ARCH:-none}",
        "for p in a b c; do python3 -m pip install --no-cache-dir \"$p\"; done",
        "case \"$X\" in a|b) echo 1;; *) echo `uname -m`;; esac",
        "cat <<'EOF' > /etc/x.conf\nkey=$value\nEOF\nchmod 600 /etc/x.conf",
        "f() { local x=$1; echo $((x * 2)); }; f 3 2>&1 | tee -a log",
        "while read -r l; do [[ $l == \\#* ]] || echo \"$l\"; done < <(cat file)",
        "export PATH=/opt/conda/bin:$PATH && conda install -y python=3.11 && conda clean -afy",
    };

    private static final List<String> FRAGMENT_LIST = List.of(FRAGMENTS);

    private static String fragmentScript(SeededInputs in) {
        return in.fragments(60, FRAGMENT_LIST);
    }

    /** A sample script with one to six edits: insert a fragment, delete, truncate, duplicate. */
    private static String mutatedScript(SeededInputs in) {
        StringBuilder b = new StringBuilder(in.pick(SAMPLES));
        int edits = in.between(1, 6);
        for (int i = 0; i < edits; i++) {
            int kind = in.between(0, 3);
            int at = in.between(0, 1000) % (b.length() + 1);
            int fragment = in.between(0, FRAGMENTS.length - 1);
            switch (kind) {
                case 0 -> b.insert(at, FRAGMENTS[fragment]);
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + fragment % 5));
                case 2 -> b.setLength(at);
                default -> b.insert(at, b.substring(at, Math.min(b.length(), at + fragment)));
            }
        }
        return b.toString();
    }

    @SeededProperty(cases = 1500)
    void fragmentScriptsParse(long seed) {
        String text = fragmentScript(SeededInputs.of(seed));
        checkInvariants(MappedText.identity(text, 0), 0, text.length());
    }

    @SeededProperty(cases = 1500)
    void mutatedScriptsParse(long seed) {
        String text = mutatedScript(SeededInputs.of(seed));
        checkInvariants(MappedText.identity(text, 0), 0, text.length());
    }

    @SeededProperty(cases = 500)
    void arbitraryStringsParse(long seed) {
        String text = SeededInputs.of(seed).anyString(300);
        checkInvariants(MappedText.identity(text, 0), 0, text.length());
    }

    /** A logical text made of several runs with gaps between them, as a continued RUN instruction. */
    @SeededProperty(cases = 800)
    void rangesStayInsideTheSourceOfAMultiRunText(long seed) {
        SeededInputs in = SeededInputs.of(seed);
        String text = fragmentScript(in);
        List<Integer> cuts = in.list(6, () -> in.between(0, 400));
        int sourceStart = in.between(0, 50);
        int[] points = cuts.stream().mapToInt(c -> c % (text.length() + 1)).sorted().distinct().toArray();
        MappedText.Builder b = MappedText.builder();
        int source = sourceStart;
        int from = 0;
        for (int p : points) {
            b.appendRun(text.substring(from, p), source);
            // spec 1.4: the "\" and newline of each continuation are gone from the logical text.
            source += p - from + 2;
            from = p;
        }
        b.appendRun(text.substring(from), source);
        source += text.length() - from;
        checkInvariants(b.build(source), sourceStart, source);
    }

    private static void checkInvariants(MappedText text, int low, int high) {
        ShellScript script = ShellParser.parse(text);
        TreeRanges tree = TreeRanges.of(script);
        for (TextRange r : tree.ranges) {
            assertThat(r.start()).as("range %s of %s", r, text.text()).isBetween(low, high);
            assertThat(r.end()).as("range %s of %s", r, text.text()).isBetween(low, high);
        }
        for (List<Word> words : tree.wordSequences) {
            for (int i = 1; i < words.size(); i++) {
                assertThat(words.get(i).range().start()).as("word order in %s", text.text())
                        .isGreaterThanOrEqualTo(words.get(i - 1).range().end());
            }
        }
        List<SimpleCommand> commands = script.commands();
        for (int i = 1; i < commands.size(); i++) {
            assertThat(commands.get(i).range().start()).isGreaterThanOrEqualTo(commands.get(i - 1).range().start());
        }
        for (SimpleCommand c : commands) {
            assertThat(c.pipeline()).isNotNull();
            assertThat(c.andOrList()).isNotNull();
            c.hasFlag("-y", "--opt");
            c.positionals(java.util.Set.of("-o"));
            script.isFollowedBy(c, x -> x.effective().is("pip"));
            c.nextInPipeline();
        }
    }
}
