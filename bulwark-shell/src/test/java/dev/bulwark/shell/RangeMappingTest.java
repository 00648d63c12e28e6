package dev.bulwark.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Location;
import dev.bulwark.core.MappedText;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ranges must be source ranges: a RUN continued over lines maps each command back to its own line. */
class RangeMappingTest {
    // spec 1.4: the continuation marker and newline are removed, the next line's indentation kept.
    static final String DOCKERFILE = "FROM python:3.12\n"
            + "RUN apt-get update && \\\n"
            + "    apt-get install -y \\\n"
            + "      curl \"$(echo git)\" \\\n"
            + "    && rm -rf /var/lib/apt/lists/*\n";

    /** Builds the logical RUN text the way the Dockerfile layer does: one run per physical line. */
    static MappedText continuedRun(String source) {
        MappedText.Builder b = MappedText.builder();
        int lineStart = source.indexOf("RUN ") + 4;
        while (true) {
            int newline = source.indexOf('\n', lineStart);
            String line = source.substring(lineStart, newline);
            if (line.endsWith("\\")) {
                b.appendRun(line.substring(0, line.length() - 1), lineStart);
                lineStart = newline + 1;
            } else {
                b.appendRun(line, lineStart);
                return b.build();
            }
        }
    }

    @Test
    void commandsLandOnTheirPhysicalLines() {
        SourceText source = new SourceText("Dockerfile", DOCKERFILE);
        MappedText run = continuedRun(DOCKERFILE);
        assertThat(run.text()).isEqualTo("apt-get update &&     apt-get install -y       curl \"$(echo git)\"     "
                + "&& rm -rf /var/lib/apt/lists/*");
        ShellScript script = ShellParser.parse(run);
        assertThat(script.problems()).isEmpty();
        assertThat(script.commands()).hasSize(4);

        SimpleCommand install = script.commands().get(1);
        assertThat(source.location(install.nameRange())).isEqualTo(new Location("Dockerfile", 3, 5, 3, 12));
        // The command range ends on line 4 and does not swallow the trailing continuation.
        assertThat(source.slice(install.range())).isEqualTo("apt-get install -y \\\n      curl \"$(echo git)\"");

        Word curl = install.arguments().get(2);
        assertThat(source.location(curl.range())).isEqualTo(new Location("Dockerfile", 4, 7, 4, 11));

        SimpleCommand echo = script.commands().get(2);
        assertThat(echo.insideSubstitution()).isTrue();
        assertThat(source.slice(echo.range())).isEqualTo("echo git");
        assertThat(source.location(echo.range()).line()).isEqualTo(4);

        SimpleCommand rm = script.commands().get(3);
        assertThat(source.location(rm.range())).isEqualTo(new Location("Dockerfile", 5, 8, 5, 35));
        assertThat(rm.hasFlag("-f")).isTrue();
    }

    @Test
    void problemsAreMappedToo() {
        String src = "RUN echo a && \\\n  echo 'open\n";
        ShellScript script = ShellParser.parse(continuedRun(src));
        assertThat(script.problems()).singleElement().satisfies(p -> {
            assertThat(p.range()).isEqualTo(new TextRange(src.indexOf('\''), src.indexOf('\'') + 1));
        });
    }

    @Test
    void wordsSplitAcrossAJoinKeepTheirExtent() {
        String src = "RUN pip install --index-url=https://ex\\\nample.com/simple x\n";
        ShellScript script = ShellParser.parse(continuedRun(src));
        Word url = script.commands().get(0).flagValue(Set.of(), "--index-url").orElseThrow();
        assertThat(url.value()).isEqualTo("https://example.com/simple");
        assertThat(url.range().start()).isEqualTo(src.indexOf("https"));
        assertThat(url.range().end()).isEqualTo(src.indexOf(" x"));
    }

    @Test
    void backquoteContentMapsThroughItsEscapes() {
        String src = "RUN echo `a \\`b\\` c`\n";
        ShellScript script = ShellParser.parse(continuedRun(src));
        SimpleCommand b = script.commands().get(2);
        assertThat(b.name()).contains("b");
        assertThat(src.substring(b.range().start(), b.range().end())).isEqualTo("b");
        SimpleCommand a = script.commands().get(1);
        assertThat(src.substring(a.range().start(), a.range().end())).isEqualTo("a \\`b\\` c");
    }

    @Test
    void heredocBodiesMapToTheirLines() {
        String src = "RUN cat <<EOF > /x && \\\n  true\nline one $(whoami)\nEOF\n";
        // The Dockerfile layer appends body and terminator lines after the joined instruction line.
        int bodyStart = src.indexOf("line one");
        MappedText.Builder b = MappedText.builder();
        b.appendRun("cat <<EOF > /x && ", 4);
        b.appendRun("  true\n", src.indexOf("  true"));
        b.appendRun(src.substring(bodyStart), bodyStart);
        ShellScript script = ShellParser.parse(b.build());
        assertThat(script.problems()).isEmpty();
        HereDoc h = script.commands().get(0).redirections().get(0).heredoc().orElseThrow();
        assertThat(h.range()).isEqualTo(new TextRange(bodyStart, src.indexOf("EOF\n", bodyStart)));
        SimpleCommand whoami = script.commands().get(2);
        assertThat(src.substring(whoami.range().start(), whoami.range().end())).isEqualTo("whoami");
        assertThat(h.body().toSource(0)).isEqualTo(bodyStart);
    }

    @Test
    void heredocBodyMappingSkipsStrippedTabs() {
        String src = "cat <<-X\n\tone\n\t\ttwo\n\tX\n";
        HereDoc h = ShellParser.parse(src).commands().get(0).redirections().get(0).heredoc().orElseThrow();
        assertThat(h.body().text()).isEqualTo("one\ntwo\n");
        int two = h.body().text().indexOf("two");
        assertThat(h.body().toSource(two)).isEqualTo(src.indexOf("two"));
    }
}
