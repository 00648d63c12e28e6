package dev.bulwark.dockerfile.model;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.bulwark.dockerfile.model.DockerfileModelTest.at;
import static dev.bulwark.dockerfile.model.DockerfileModelTest.model;
import static org.assertj.core.api.Assertions.assertThat;

class ModelScriptsTest {
    private static final String FILE = """
            FROM ubuntu:24.04
            RUN apt-get update && \\
                apt-get install -y curl
            RUN ["echo", "exec"]
            CMD python app.py
            ENTRYPOINT ["python"]
            HEALTHCHECK CMD curl -f http://localhost/ || exit 1
            RUN <<EOF
            apt-get update
            pip install torch
            EOF
            RUN <<EOF bash -e
            set -e
            echo hi
            EOF
            RUN cat <<EOF > /etc/app.conf
            key=value
            EOF
            RUN <<EOF
            #!/usr/bin/env python3
            print("hi")
            EOF
            RUN <<EOF
            #!/bin/bash
            echo from bash
            EOF
            ONBUILD RUN make
            SHELL ["powershell", "-Command"]
            RUN Write-Host hi
            """;

    private static List<String> names(Optional<ShellScript> script) {
        return names(script.orElseThrow());
    }

    private static List<String> names(ShellScript script) {
        return script.commands().stream().map(c -> c.name().orElse("?")).toList();
    }

    @Test
    void shellFormCommandsAreParsedWithSourceRanges() {
        DockerfileModel m = model(FILE);
        String text = m.file().source().text();
        Instruction run = at(m, 1);
        ShellScript script = m.script(run).orElseThrow();
        assertThat(names(script)).containsExactly("apt-get", "apt-get");
        SimpleCommand install = script.commands().get(1);
        TextRange range = install.range();
        // the second command sits on the continuation line of the file
        assertThat(m.file().source().location(range).line()).isEqualTo(3);
        assertThat(text.substring(range.start(), range.end())).startsWith("apt-get install -y curl");
        assertThat(m.script(run)).containsSame(script);
    }

    @Test
    void execFormAndOtherInstructionsHaveNoScript() {
        DockerfileModel m = model(FILE);
        assertThat(m.script(at(m, 0))).isEmpty();
        assertThat(m.script(at(m, 2))).isEmpty();
        assertThat(names(m.script(at(m, 3)))).containsExactly("python");
        assertThat(m.script(at(m, 4))).isEmpty();
        assertThat(names(m.script(at(m, 5)))).containsExactly("curl", "exit");
    }

    @Test
    void soleHeredocIsTheScript() {
        DockerfileModel m = model(FILE);
        RunInstruction run = (RunInstruction) at(m, 6);
        ShellScript script = m.script(run).orElseThrow();
        assertThat(names(script)).containsExactly("apt-get", "pip");
        assertThat(m.heredocScripts(run)).hasSize(1);
        assertThat(names(m.heredocScripts(run).get(0))).containsExactly("apt-get", "pip");
        SimpleCommand pip = script.commands().get(1);
        assertThat(m.file().source().location(pip.range()).line()).isEqualTo(10);
        assertThat(m.heredocScripts(run)).isSameAs(m.heredocScripts(run));
    }

    @Test
    void heredocFedToAShellIsAScriptAndDataIsNot() {
        DockerfileModel m = model(FILE);
        RunInstruction bash = (RunInstruction) at(m, 7);
        assertThat(m.heredocScripts(bash)).hasSize(1);
        assertThat(names(m.heredocScripts(bash).get(0))).containsExactly("set", "echo");
        assertThat(names(m.script(bash))).contains("bash");

        RunInstruction cat = (RunInstruction) at(m, 8);
        assertThat(m.heredocScripts(cat)).isEmpty();
        assertThat(names(m.script(cat))).containsExactly("cat");
    }

    @Test
    void shebangDecidesWhetherASoleHeredocIsShell() {
        DockerfileModel m = model(FILE);
        RunInstruction python = (RunInstruction) at(m, 9);
        assertThat(m.script(python)).isEmpty();
        assertThat(m.heredocScripts(python)).isEmpty();
        RunInstruction bash = (RunInstruction) at(m, 10);
        assertThat(names(m.script(bash))).containsExactly("echo");
    }

    @Test
    void onbuildTriggerAndNonPosixShell() {
        DockerfileModel m = model(FILE);
        OnbuildInstruction onbuild = (OnbuildInstruction) at(m, 11);
        assertThat(names(m.script(onbuild))).containsExactly("make");
        assertThat(names(m.script(onbuild.trigger().orElseThrow()))).containsExactly("make");
        assertThat(m.script(at(m, 13))).isEmpty();
        assertThat(m.heredocScripts((RunInstruction) at(m, 13))).isEmpty();
    }
}
