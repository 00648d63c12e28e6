package dev.bulwark.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellKindTest {
    @Test
    void posixShells() {
        for (List<String> argv : List.of(List.of("/bin/sh", "-c"), List.of("bash", "-o", "pipefail", "-c"),
                List.of("/bin/dash", "-c"), List.of("/sbin/ash", "-c"), List.of("zsh", "-c"), List.of("ksh", "-c"),
                List.of("/bin/busybox", "sh", "-c"), List.of("/usr/bin/env", "bash", "-c"),
                List.of("env", "-i", "A=1", "/bin/bash", "-euxc"),
                List.of("conda", "run", "-n", "myenv", "/bin/bash", "-c"),
                List.of("micromamba", "run", "--no-capture-output", "-p", "/opt/env", "bash", "-c"))) {
            assertThat(ShellKind.of(argv)).as(argv.toString()).isEqualTo(ShellKind.POSIX);
            assertThat(ShellKind.of(argv).isPosix()).isTrue();
        }
    }

    @Test
    void nonPosixShells() {
        assertThat(ShellKind.of(List.of("powershell", "-Command"))).isEqualTo(ShellKind.POWERSHELL);
        assertThat(ShellKind.of(List.of("C:\\Program Files\\PowerShell\\pwsh.exe", "-Command")))
                .isEqualTo(ShellKind.POWERSHELL);
        assertThat(ShellKind.of(List.of("cmd", "/S", "/C"))).isEqualTo(ShellKind.CMD);
        assertThat(ShellKind.of(List.of("CMD.EXE", "/C"))).isEqualTo(ShellKind.CMD);
        assertThat(ShellKind.of(List.of("/usr/bin/fish", "-c"))).isEqualTo(ShellKind.OTHER);
        assertThat(ShellKind.of(List.of("python", "-c"))).isEqualTo(ShellKind.OTHER);
        assertThat(ShellKind.of(List.of())).isEqualTo(ShellKind.OTHER);
        assertThat(ShellKind.of(List.of("env"))).isEqualTo(ShellKind.OTHER);
        assertThat(ShellKind.of(List.of("conda", "run", "-n", "x", "pwsh"))).isEqualTo(ShellKind.POWERSHELL);
        assertThat(ShellKind.of(List.of("/bin/sh", "-c")).isPosix()).isTrue();
        assertThat(ShellKind.of(List.of("pwsh")).isPosix()).isFalse();
    }
}
