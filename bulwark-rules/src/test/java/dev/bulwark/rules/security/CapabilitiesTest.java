package dev.bulwark.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapabilitiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"SYS_ADMIN", "sys_admin", "CAP_SYS_ADMIN", " cap_net_admin ", "ALL", "SYS_PTRACE", "BPF"})
    void dangerous(String capability) {
        assertThat(Capabilities.isDangerous(capability)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NET_BIND_SERVICE", "CHOWN", "SYS_NICE", "cap_net_raw", "SYS_ADMINX", ""})
    void notDangerous(String capability) {
        assertThat(Capabilities.isDangerous(capability)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALL", "all", "CAP_ALL"})
    void all(String capability) {
        assertThat(Capabilities.isAll(capability)).isTrue();
    }
}
