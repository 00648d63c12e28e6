package dev.bulwark.shell;

import static dev.bulwark.shell.ShellParserGrammarTest.clean;
import static dev.bulwark.shell.ShellParserGrammarTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SimpleCommandQueryTest {

    static List<String> values(List<Word> words) {
        return words.stream().map(Word::value).toList();
    }

    @Nested
    class Names {
        @Test
        void nameBaseNameAndIs() {
            SimpleCommand c = only("/usr/local/bin/pip3 install x");
            assertThat(c.name()).contains("/usr/local/bin/pip3");
            assertThat(c.baseName()).contains("pip3");
            assertThat(c.is("pip", "pip3")).isTrue();
            assertThat(c.is("pip")).isFalse();
        }

        @Test
        void baseNameSurvivesAnExpandedDirectory() {
            SimpleCommand c = only("\"${VIRTUAL_ENV}/bin/pip\" install x");
            assertThat(c.name()).isEmpty();
            assertThat(c.baseName()).contains("pip");
            assertThat(c.is("pip")).isTrue();
            assertThat(only("$CONDA/bin/python3 -m pip install x").effective().name()).contains("pip");
            assertThat(only("pip${PY_VERSION} install").baseName()).isEmpty();
            assertThat(only("/opt/${X}y/pip install").baseName()).contains("pip");
            assertThat(clean("$(which pip) install").commands().get(0).baseName()).isEmpty();
        }

        @Test
        void quotedNameIsLiteralExpandedNameIsNot() {
            assertThat(only("'apt-get' update").name()).contains("apt-get");
            assertThat(only("$PIP install").name()).isEmpty();
            assertThat(only("$PIP install").is("pip")).isFalse();
        }

        @Test
        void nameRange() {
            String src = "A=1  curl -s x";
            SimpleCommand c = only(src);
            assertThat(src.substring(c.nameRange().start(), c.nameRange().end())).isEqualTo("curl");
            assertThat(src.substring(c.range().start(), c.range().end())).isEqualTo(src);
            SimpleCommand bare = only("A=1");
            assertThat(bare.nameRange().isEmpty()).isTrue();
        }
    }

    @Nested
    class Flags {
        @Test
        void shortFlagsMatchInsideClusters() {
            SimpleCommand c = only("rm -rf /tmp/x");
            assertThat(c.hasFlag("-f")).isTrue();
            assertThat(c.hasFlag("-r", "--recursive")).isTrue();
            assertThat(c.hasFlag("-v")).isFalse();
            assertThat(only("apt-get install -qy curl").hasFlag("-y", "--yes", "--assume-yes")).isTrue();
        }

        @Test
        void longFlagsMatchWithAndWithoutValue() {
            SimpleCommand c = only("pip install --no-cache-dir=1 --index-url https://x torch");
            assertThat(c.hasFlag("--no-cache-dir")).isTrue();
            assertThat(c.hasFlag("--index-url")).isTrue();
            assertThat(c.hasFlag("--no-cache")).isFalse();
            assertThat(c.hasFlag("-n")).as("long options are not clusters").isFalse();
        }

        @Test
        void quotedFlagsCount() {
            assertThat(only("apt-get install \"-y\" x").hasFlag("-y")).isTrue();
        }

        @Test
        void doubleDashEndsOptions() {
            SimpleCommand c = only("git checkout -- -f");
            assertThat(c.hasFlag("-f")).isFalse();
            assertThat(values(c.positionals(Set.of()))).containsExactly("checkout", "-f");
        }

        @Test
        void valueOptionsStopClusterScanning() {
            SimpleCommand c = only("tar -C /dst -xzf a.tgz");
            assertThat(c.hasFlag(Set.of("-C", "-f"), "-x")).isTrue();
            SimpleCommand attached = only("curl -ofile.txt x");
            assertThat(attached.hasFlag("-f")).as("without knowing -o takes a value").isTrue();
            assertThat(attached.hasFlag(Set.of("-o"), "-f")).isFalse();
        }

        @Test
        void flagValueForms() {
            Set<String> opts = Set.of("-o", "-i", "--index-url");
            assertThat(only("pip install --index-url=https://a x").flagValue(opts, "--index-url", "-i"))
                    .get().extracting(Word::value).isEqualTo("https://a");
            assertThat(only("pip install --index-url https://b x").flagValue(opts, "--index-url", "-i"))
                    .get().extracting(Word::value).isEqualTo("https://b");
            assertThat(only("pip install -i https://c x").flagValue(opts, "--index-url", "-i"))
                    .get().extracting(Word::value).isEqualTo("https://c");
            assertThat(only("pip install -ihttps://d x").flagValue(opts, "--index-url", "-i"))
                    .get().extracting(Word::value).isEqualTo("https://d");
            assertThat(only("pip install x").flagValue(opts, "--index-url", "-i")).isEmpty();
        }

        @Test
        void flagValueRangesPointAtTheValue() {
            String src = "pip install --index-url=https://a -ihttps://b x";
            SimpleCommand c = only(src);
            List<Word> all = c.flagValues(Set.of(), "--index-url", "-i");
            assertThat(values(all)).containsExactly("https://a", "https://b");
            for (Word w : all) {
                assertThat(src.substring(w.range().start(), w.range().end())).isEqualTo(w.value());
            }
        }

        @Test
        void flagValueKeepsQuotedAndExpandedValues() {
            SimpleCommand c = only("pip install --extra-index-url=\"$URL\" --trusted-host 'a b'");
            assertThat(c.flagValue(Set.of("--trusted-host"), "--extra-index-url")).get()
                    .satisfies(w -> assertThat(w.hasExpansion()).isTrue());
            assertThat(c.flagValue(Set.of("--extra-index-url"), "--trusted-host")).get()
                    .extracting(Word::value).isEqualTo("a b");
        }

        @Test
        void repeatedFlagValues() {
            SimpleCommand c = only("apt-get -o A=1 -oB=2 --option=C=3 install x");
            assertThat(values(c.flagValues(Set.of(), "-o", "--option"))).containsExactly("A=1", "B=2", "C=3");
        }

        @Test
        void positionalsAndSubcommand() {
            Set<String> opts = Set.of("-o", "-c", "--target-release", "-t");
            SimpleCommand c = only("apt-get -o Dpkg::Options::=--force-confold -qq install -y -t bookworm a b - c");
            assertThat(c.subcommand(opts)).get().extracting(Word::value).isEqualTo("install");
            assertThat(values(c.positionals(opts))).containsExactly("install", "a", "b", "-", "c");
            assertThat(only("ls").subcommand(Set.of())).isEmpty();
        }

        @Test
        void argumentAnywhere() {
            assertThat(only("wget -nv https://x").hasArgument("-q", "-nv")).isTrue();
            assertThat(only("wget -nvx https://x").hasArgument("-nv")).as("a word, not a prefix").isFalse();
            assertThat(only("wget \"$OPT\"").hasArgument("-nv")).isFalse();
        }

        @Test
        void subcommandAmongNames() {
            Set<String> opts = Set.of("-o");
            assertThat(only("apt-get -o install update").hasSubcommand(opts, "install", "update")).isTrue();
            assertThat(only("apt-get -o install upgrade").hasSubcommand(opts, "install", "update")).isFalse();
            assertThat(only("apt-get \"$SUB\"").hasSubcommand(opts, "install")).as("an expansion is not a name").isFalse();
            assertThat(only("apt-get").hasSubcommand(opts, "install")).isFalse();
        }
    }

    @Nested
    class Wrappers {
        SimpleCommand eff(String src) {
            return only(src).effective();
        }

        @Test
        void sudo() {
            SimpleCommand e = eff("sudo -E -u root HOME=/root pip install x");
            assertThat(e.name()).contains("pip");
            assertThat(e.assignments()).extracting(Assignment::name).containsExactly("HOME");
            assertThat(values(e.arguments())).containsExactly("install", "x");
        }

        @Test
        void env() {
            SimpleCommand e = eff("env -i -u X A=1 B=2 /usr/bin/python3 -V");
            assertThat(e.baseName()).contains("python3");
            assertThat(e.assignments()).extracting(Assignment::name).containsExactly("A", "B");
            assertThat(eff("env - A=1 sh").name()).contains("sh");
        }

        @Test
        void simpleWrappers() {
            assertThat(eff("nohup python serve.py").name()).contains("python");
            assertThat(eff("time -p make -j4").name()).contains("make");
            assertThat(eff("exec -a name gunicorn app").name()).contains("gunicorn");
            assertThat(eff("command -p wget x").name()).contains("wget");
            assertThat(eff("nice -n 10 make").name()).contains("make");
            assertThat(eff("nice -10 make").name()).contains("make");
            assertThat(eff("timeout -s KILL 30 curl x").name()).contains("curl");
            assertThat(eff("timeout 5m curl x").name()).contains("curl");
            assertThat(eff("xargs -n1 -I{} -P 4 rm -f {}").name()).contains("rm");
            assertThat(eff("gosu app:app python x").name()).contains("python");
        }

        @Test
        void commandLookupIsNotUnwrapped() {
            assertThat(eff("command -v curl").name()).contains("command");
        }

        @Test
        void wrapperWithoutCommandStaysItself() {
            SimpleCommand c = only("sudo -i");
            assertThat(c.effective()).isSameAs(c);
            assertThat(eff("xargs").name()).contains("xargs");
        }

        @Test
        void nestedWrappers() {
            SimpleCommand e = eff("sudo env A=1 nohup nice -n 5 timeout 10 python3 -m pip install -U pip");
            assertThat(e.name()).contains("pip");
            assertThat(values(e.arguments())).containsExactly("install", "-U", "pip");
            assertThat(e.hasFlag("-U", "--upgrade")).isTrue();
        }

        @Test
        void pythonModulePip() {
            assertThat(eff("python -m pip install x").name()).contains("pip");
            assertThat(eff("python3 -m pip install x").name()).contains("pip");
            assertThat(eff("/opt/conda/bin/python3.12 -u -W ignore -m pip install x").name()).contains("pip");
            assertThat(eff("python -mpip install x").name()).contains("pip");
            assertThat(eff("python -Bm pip install x").name()).contains("pip");
            assertThat(eff("python -m venv /v").name()).contains("python");
            assertThat(eff("python -c 'import pip' -m pip").name()).contains("python");
            assertThat(eff("python setup.py -m pip").name()).contains("python");
            assertThat(eff("uv pip install --system x").name()).contains("pip");
            assertThat(eff("uv venv").name()).contains("uv");
        }

        @Test
        void versionedPythonFromAVariable() {
            assertThat(eff("python${PY} -m pip install x").name()).contains("pip");
            assertThat(eff("python$PY_VERSION -m pip install x").name()).contains("pip");
            assertThat(eff("\"python${PY}\" -m pip install x").name()).contains("pip");
            assertThat(eff("python3.${MINOR} -m pip install x").name()).contains("pip");
            assertThat(eff("python${PY}-config -m pip").name()).isEmpty();
            assertThat(eff("${PYTHON} -m pip install x").name()).isEmpty();
        }

        @Test
        void longOptionsSpelledOutAsGetoptLongReadsThem() {
            List<String> options = List.of("--no-cache-dir", "--no-deps", "--requirement", "--require-hashes",
                    "--index-url", "--extra-index-url");
            String src = "pip install --no-cache --no-d --index=https://x/simple --requirem r.txt -- --no-cache x";
            SimpleCommand written = only(src);
            SimpleCommand spelled = written.withLongOptions(options);
            assertThat(values(spelled.arguments())).containsExactly("install", "--no-cache-dir", "--no-deps",
                    "--index-url=https://x/simple", "--requirement", "r.txt", "--", "--no-cache", "x");
            assertThat(spelled.hasFlag(Set.of("--requirement"), "--no-cache-dir")).isTrue();
            Word index = spelled.flagValue(Set.of(), "--index-url").orElseThrow();
            assertThat(src.substring(index.range().start(), index.range().end())).isEqualTo("https://x/simple");
            // Ambiguous (`--requirement`, `--require-hashes`) or unknown: left as written.
            assertThat(values(only("pip install --req r.txt --nope").withLongOptions(options).arguments()))
                    .containsExactly("install", "--req", "r.txt", "--nope");
            assertThat(spelled.original()).isSameAs(written);
            assertThat(spelled.range()).isEqualTo(written.range());
        }

        @Test
        void viewKeepsRangeAndStructure() {
            String src = "curl x | sudo python3 -m pip install -r /dev/stdin";
            ShellScript s = clean(src);
            SimpleCommand sudo = s.commands().get(1);
            SimpleCommand e = sudo.effective();
            assertThat(e.range()).isEqualTo(sudo.range());
            assertThat(e.original()).isSameAs(sudo);
            assertThat(e.pipeline()).isSameAs(sudo.pipeline());
            assertThat(e.previousInPipeline()).contains(s.commands().get(0));
            assertThat(src.substring(e.nameRange().start(), e.nameRange().end())).isEqualTo("pip");
            assertThat(e.effective().name()).contains("pip");
            assertThat(s.commandsAfter(s.commands().get(0))).containsExactly(sudo);
        }
    }

    @Nested
    class Structure {
        @Test
        void curlPipedToShell() {
            ShellScript s = clean("curl -fsSL https://get.x | sudo -E bash -s -- --flag && echo ok");
            SimpleCommand curl = s.commands().get(0);
            assertThat(curl.nextInPipeline()).get().satisfies(n -> {
                assertThat(n.effective().is("bash", "sh")).isTrue();
            });
            assertThat(curl.pipeline().commands()).hasSize(2);
            assertThat(curl.previousInPipeline()).isEmpty();
            assertThat(s.commands().get(2).nextInPipeline()).isEmpty();
        }

        @Test
        void nextInPipelineEntersCompoundCommands() {
            ShellScript s = clean("wget -O- x | { sh; echo; }");
            assertThat(s.commands().get(0).nextInPipeline()).get().extracting(c -> c.name().orElse(""))
                    .isEqualTo("sh");
        }

        @Test
        void andOrList() {
            ShellScript s = clean("a && b | c || d; e");
            SimpleCommand b = s.commands().get(1);
            assertThat(b.andOrList().pipelines()).hasSize(3);
            assertThat(b.andOrList()).isSameAs(s.commands().get(0).andOrList());
            assertThat(s.commands().get(4).andOrList()).isNotSameAs(b.andOrList());
        }

        @Test
        void followedByInTheSameChain() {
            ShellScript s = clean("apt-get update && apt-get install -y x && (cd /y && rm -rf /var/lib/apt/lists/*); "
                    + "apt-get clean");
            SimpleCommand update = s.commands().get(0);
            assertThat(s.isFollowedBy(update, c -> c.is("rm") && c.hasFlag("-r"))).isTrue();
            assertThat(s.isFollowedBy(update, c -> c.is("apt-get") && c.subcommand(Set.of()).get().is("clean")))
                    .as("after ';' is another chain").isFalse();
            assertThat(s.commandsAfter(update)).hasSize(4);
            assertThat(s.chainAfter(update)).extracting(c -> c.name().orElse(""))
                    .containsExactly("apt-get", "cd", "rm");
            SimpleCommand rm = s.commands().get(3);
            assertThat(s.isFollowedBy(rm, c -> true)).isFalse();
        }

        @Test
        void chainsIncludeSubstitutionsButNotOtherScripts() {
            ShellScript s = clean("x=$(curl a | sh) && echo");
            assertThat(s.chainAfter(s.commands().get(0))).hasSize(3);
            ShellScript other = clean("curl a");
            assertThat(s.chainAfter(other.commands().get(0))).isEmpty();
            assertThat(s.commandsAfter(other.commands().get(0))).isEmpty();
        }

        @Test
        void followedByAcceptsEffectiveViews() {
            ShellScript s = clean("sudo apt-get update && sudo apt-get install x");
            SimpleCommand view = s.commands().get(0).effective();
            assertThat(s.isFollowedBy(view, c -> c.effective().is("apt-get"))).isTrue();
        }
    }
}
