package dev.bulwark.kubernetes;

import static dev.bulwark.kubernetes.Manifests.at;
import static dev.bulwark.kubernetes.Manifests.template;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityContextTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              securityContext:
                runAsNonRoot: true
                runAsUser: 1000
                seccompProfile: {type: RuntimeDefault}
                fsGroup: 2000
              containers:
              - name: inherits
                image: app:1
              - name: overrides
                image: app:1
                securityContext:
                  runAsUser: 0
                  runAsNonRoot: false
                  privileged: true
                  allowPrivilegeEscalation: false
                  readOnlyRootFilesystem: true
                  seccompProfile: {type: Unconfined}
                  capabilities:
                    add: [NET_ADMIN, CAP_SYS_ADMIN]
                    drop: [all]
            """;

    @Test
    void aContainerInheritsPodLevelFieldsWithThePodSpan() {
        PodTemplate t = template(POD);
        SecurityContext sc = t.container("inherits").get().securityContext();
        assertThat(sc.containerContext()).isEmpty();
        assertThat(at(sc.podContext().get().keySpan())).isEqualTo("5:3 securityContext");
        assertThat(sc.runAsNonRoot().get().level()).isEqualTo(SecurityLevel.POD);
        assertThat(sc.runAsNonRoot().get().isTrue()).isTrue();
        assertThat(at(sc.runAsNonRoot().get().span())).isEqualTo("6:5 runAsNonRoot: true");
        assertThat(sc.runAsUser().get().integer()).hasValue(1000);
        assertThat(sc.seccompProfileType().get().textOrEmpty()).isEqualTo("RuntimeDefault");
        assertThat(sc.seccompProfile().get().level()).isEqualTo(SecurityLevel.POD);
        assertThat(sc.privileged()).isEmpty();
        assertThat(sc.allowPrivilegeEscalation()).isEmpty();
        assertThat(sc.readOnlyRootFilesystem()).isEmpty();
        assertThat(sc.capabilitiesDrop()).isEmpty();
        assertThat(sc.dropsAllCapabilities()).isFalse();
    }

    @Test
    void aContainerOverridesFieldByFieldWithItsOwnSpans() {
        PodTemplate t = template(POD);
        SecurityContext sc = t.container("overrides").get().securityContext();
        assertThat(at(sc.containerContext().get().keySpan())).isEqualTo("15:5 securityContext");
        assertThat(sc.runAsUser().get().level()).isEqualTo(SecurityLevel.CONTAINER);
        assertThat(sc.runAsUser().get().integer()).hasValue(0);
        assertThat(at(sc.runAsUser().get().field().valueSpan())).isEqualTo("16:18 0");
        assertThat(sc.runAsNonRoot().get().isFalse()).isTrue();
        assertThat(sc.privileged().get().isTrue()).isTrue();
        assertThat(sc.allowPrivilegeEscalation().get().isFalse()).isTrue();
        assertThat(sc.readOnlyRootFilesystem().get().isTrue()).isTrue();
        assertThat(sc.seccompProfileType().get().textOrEmpty()).isEqualTo("Unconfined");
        assertThat(sc.seccompProfile().get().level()).isEqualTo(SecurityLevel.CONTAINER);
        assertThat(sc.capabilitiesAdd()).extracting(Field::textOrEmpty).containsExactly("NET_ADMIN", "CAP_SYS_ADMIN");
        assertThat(sc.addsCapability("SYS_ADMIN")).isTrue();
        assertThat(sc.addsCapability("cap_net_admin")).isTrue();
        assertThat(sc.addsCapability("SYS_PTRACE")).isFalse();
        assertThat(sc.dropsAllCapabilities()).isTrue();
        assertThat(at(sc.capabilitiesDrop().get(0).valueSpan())).isEqualTo("24:16 all");
        assertThat(sc.podContext()).isPresent();
    }

    @Test
    void noContextAtAllMeansEveryFieldIsAbsent() {
        PodTemplate t = template("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers: [{name: c, image: "c:1"}]
                """);
        SecurityContext sc = t.containers().get(0).securityContext();
        assertThat(sc.containerContext()).isEmpty();
        assertThat(sc.podContext()).isEmpty();
        assertThat(sc.runAsNonRoot()).isEmpty();
        assertThat(sc.runAsUser()).isEmpty();
        assertThat(sc.seccompProfile()).isEmpty();
        assertThat(sc.capabilities()).isEmpty();
    }
}
