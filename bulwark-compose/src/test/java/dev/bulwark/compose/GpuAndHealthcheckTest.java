package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** NOTES 3.10 (GPU and accelerator forms) and 3.11 (healthcheck). */
class GpuAndHealthcheckTest {

    private static Service service(String body) {
        return MemoryProject.of("services:\n  s:\n" + body.indent(4)).service("s").orElseThrow();
    }

    @Test
    void deviceReservations() {
        Service s = service("""
                image: pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime
                deploy:
                  resources:
                    reservations:
                      devices:
                        - driver: nvidia
                          count: 1
                          capabilities: [gpu]
                        - capabilities: [gpu, utility]
                          device_ids: ["0", "3"]
                        - capabilities: [tpu]
                """);
        assertThat(s.deviceRequests()).extracting(r -> r.origin() + " gpu=" + r.isGpu() + " all=" + r.countsAll() + " n="
                + r.countNumber() + " ids=" + r.deviceIds().size()).containsExactly(
                "DEPLOY_RESERVATION gpu=true all=false n=OptionalLong[1] ids=0",
                "DEPLOY_RESERVATION gpu=true all=false n=OptionalLong.empty ids=2",
                "DEPLOY_RESERVATION gpu=false all=true n=OptionalLong.empty ids=0");
        assertThat(s.gpuRequests()).hasSize(2);
        assertThat(s.requestsGpu()).isTrue();
        assertThat(s.deviceRequests().get(0).driver().orElseThrow().value()).isEqualTo("nvidia");
        assertThat(s.deviceRequests().get(0).hasCapability("gpu")).isTrue();
        assertThat(MemoryProject.at(s.deviceRequests().get(0).capabilities().get(0).span())).isEqualTo("compose.yaml:10:30 gpu");
    }

    @Test
    void gpusAttribute() {
        Service all = service("image: x\ngpus: all\n");
        assertThat(all.deviceRequests()).extracting(r -> r.origin() + " " + r.countsAll() + " " + r.isGpu())
                .containsExactly("GPUS true true");
        Service list = service("image: x\ngpus:\n  - driver: nvidia\n    device_ids: [\"1\"]\n");
        assertThat(list.gpuRequests()).extracting(r -> r.countsAll() + " " + r.deviceIds().get(0).value())
                .containsExactly("false 1");
    }

    @Test
    void legacyNvidiaRuntimeIsNotAReservation() {
        Service s = service("image: nvidia/cuda:12.4.0-runtime-ubuntu22.04\nruntime: nvidia\nenvironment:\n  NVIDIA_VISIBLE_DEVICES: all\n");
        assertThat(s.usesNvidiaRuntime()).isTrue();
        assertThat(s.requestsGpu()).isFalse();
        assertThat(s.environment("NVIDIA_VISIBLE_DEVICES").orElseThrow().valueText()).isEqualTo("all");
    }

    @Test
    void countAndDeviceIdsAreExclusive() {
        ComposeProject p = MemoryProject.of("""
                services:
                  s:
                    image: x
                    deploy:
                      resources:
                        reservations:
                          devices:
                            - capabilities: [gpu]
                              count: 2
                              device_ids: ["0"]
                            - capabilities: [gpu]
                              count: many
                """);
        assertThat(MemoryProject.problems(p)).containsExactly(
                "STRUCTURE compose.yaml:8:15 `count` and `device_ids` cannot both be set",
                "INVALID_VALUE compose.yaml:12:22 device count `many` is neither a number nor `all`");
    }

    @Test
    void capabilitiesAreRequiredInReservationsOnly() {
        ComposeProject p = MemoryProject.of("""
                services:
                  s:
                    image: x
                    gpus: [{driver: nvidia, count: 1}]
                    deploy:
                      resources:
                        reservations:
                          devices: [{driver: nvidia, count: 1}]
                """);
        assertThat(MemoryProject.problems(p)).containsExactly(
                "STRUCTURE compose.yaml:8:21 `services.s.deploy.resources.reservations.devices[0]` is missing `capabilities`");
    }

    @Test
    void healthcheckForms() {
        Healthcheck string = service("image: x\nhealthcheck:\n  test: curl -f http://localhost || exit 1\n").healthcheck().orElseThrow();
        assertThat(string.form()).isEqualTo(HealthTestForm.CMD_SHELL);
        assertThat(string.testArguments()).extracting(ComposeScalar::value).containsExactly("curl -f http://localhost || exit 1");
        Healthcheck cmd = service("image: x\nhealthcheck:\n  test: [CMD, pg_isready, -U, postgres]\n").healthcheck().orElseThrow();
        assertThat(cmd.form()).isEqualTo(HealthTestForm.CMD);
        assertThat(cmd.testArguments()).extracting(ComposeScalar::value).containsExactly("pg_isready", "-U", "postgres");
        Healthcheck none = service("image: x\nhealthcheck:\n  test: [NONE]\n").healthcheck().orElseThrow();
        assertThat(none.form()).isEqualTo(HealthTestForm.NONE);
        assertThat(none.isDisabled()).isTrue();
        Healthcheck disabled = service("image: x\nhealthcheck:\n  disable: true\n").healthcheck().orElseThrow();
        assertThat(disabled.form()).isEqualTo(HealthTestForm.INHERITED);
        assertThat(disabled.isDisabled()).isTrue();
        assertThat(service("image: x\n").healthcheck()).isEmpty();
    }

    @Test
    void healthcheckDurationsAndRetries() {
        Healthcheck h = service("""
                image: x
                healthcheck:
                  test: [CMD-SHELL, "curl -f localhost"]
                  interval: 1m30s
                  timeout: 500ms
                  start_period: 1h5m30s20ms
                  start_interval: 2s
                  retries: 5
                """).healthcheck().orElseThrow();
        assertThat(h.intervalDuration()).hasValue(Duration.ofSeconds(90));
        assertThat(h.timeoutDuration()).hasValue(Duration.ofMillis(500));
        assertThat(h.startPeriodDuration()).hasValue(Duration.ofHours(1).plusMinutes(5).plusSeconds(30).plusMillis(20));
        assertThat(h.startIntervalDuration()).hasValue(Duration.ofSeconds(2));
        assertThat(h.retriesCount()).hasValue(5);
    }

    @Test
    void badHealthchecksAreProblems() {
        ComposeProject p = MemoryProject.of("""
                services:
                  s:
                    image: x
                    healthcheck:
                      test: [curl, -f, localhost]
                      interval: 10
                      timeout: 5 s
                """);
        assertThat(MemoryProject.problems(p)).containsExactly(
                "STRUCTURE compose.yaml:6:17 `services.s.healthcheck.interval` must be a string, not an integer",
                "INVALID_VALUE compose.yaml:5:14 healthcheck test must start with `CMD`, `CMD-SHELL` or `NONE`",
                "INVALID_VALUE compose.yaml:7:16 `5 s` is not a duration");
    }
}
