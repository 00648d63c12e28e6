package dev.bulwark.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.TextRange;
import dev.bulwark.rules.YamlReported;
import dev.bulwark.rules.YamlRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Compose rules say and where: messages, related places, redaction ranges. */
class ComposeRuleReportsTest {

    @Test
    void aValueReachedThroughAnAnchorNamesTheServiceToo() {
        String yaml = """
                x-no-healthcheck: &no-healthcheck
                  healthcheck:
                    disable: true
                services:
                  api:
                    <<: *no-healthcheck
                    image: ghcr.io/acme/api:1.4.2
                    ports: ["127.0.0.1:8080:8080"]
                """;
        List<YamlReported> found = YamlRules.runCompose(new HealthcheckDisabled(), yaml);
        assertThat(found).extracting(YamlReported::line, YamlReported::message).containsExactly(
                tuple(3, "service `api` publishes ports and its healthcheck is disabled"));
        assertThat(found.get(0).related()).extracting(RelatedLocation::message)
                .containsExactly("used by service `api`");
    }

    @Test
    void missingThingsAreReportedAtTheServiceName() {
        String yaml = """
                services:
                  db:
                    image: postgres:16.4
                  api:
                    image: ghcr.io/acme/api:1.4.2
                    depends_on: [db, cache]
                  cache:
                    image: redis:7.2.5
                """;
        assertThat(YamlRules.runCompose(new ServiceWithoutHealthcheck(), yaml))
                .extracting(YamlReported::line, YamlReported::message).containsExactly(
                        tuple(2, "service `db` is a dependency of `api` and has no healthcheck"),
                        tuple(7, "service `cache` is a dependency of `api` and has no healthcheck"));
        assertThat(YamlRules.runCompose(new ServiceWithoutMemoryLimit(), yaml)).extracting(YamlReported::message)
                .containsExactly("service `db` has no memory limit", "service `api` has no memory limit",
                        "service `cache` has no memory limit");
    }

    @Test
    void secretsAreRedactedAndNeverInTheMessage() {
        String yaml = """
                services:
                  db:
                    image: postgres:16.4
                    environment:
                      POSTGRES_PASSWORD: hunter2hunter2
                  redis:
                    image: redis:7.2.5
                    command: redis-server --requirepass hunter3 --appendonly yes
                """;
        YamlReported env = YamlRules.runCompose(new SecretInEnvironment(), yaml).get(0);
        assertThat(env.message()).isEqualTo("literal value of `POSTGRES_PASSWORD` in the Compose file");
        assertThat(env.secrets()).extracting(r -> r.textOf(env.span().source().text())).containsExactly("hunter2hunter2");
        YamlReported command = YamlRules.runCompose(new SecretInCommand(), yaml).get(0);
        assertThat(command.message()).isEqualTo("literal secret for `--requirepass` in the command");
        assertThat(command.span().text()).isEqualTo("hunter3");
        assertThat(command.secrets()).extracting(r -> r.textOf(command.span().source().text()))
                .containsExactly("hunter3");
    }

    @Test
    void aPasswordVariableFindingRedactsAWrittenValueOnItsLine() {
        String yaml = """
                services:
                  db:
                    image: postgres:16.4
                    environment:
                      POSTGRES_PASSWORD: hunter2hunter2
                  db2:
                    image: postgres:16.4
                    environment:
                      POSTGRES_PASSWORD: ${DB_PASSWORD}
                """;
        List<YamlReported> found = YamlRules.runCompose(new PasswordVariableWithoutFile(), yaml);
        assertThat(found).extracting(YamlReported::line).containsExactly(5, 9);
        assertThat(found.get(0).secrets()).extracting(r -> r.textOf(found.get(0).span().source().text()))
                .containsExactly("hunter2hunter2");
        assertThat(found.get(1).secrets()).isEmpty();
    }

    @Test
    void everyCopyOfACommandSecretInTheSameTextIsRedacted() {
        String yaml = """
                services:
                  redis:
                    image: redis:7.2.5
                    command: sh -c "redis-server --requirepass redis; echo redis"
                """;
        YamlReported found = YamlRules.runCompose(new SecretInCommand(), yaml).get(0);
        String text = found.span().source().text();
        assertThat(found.span().text()).isEqualTo("redis");
        assertThat(found.span().range().start()).isEqualTo(text.indexOf("--requirepass redis") + "--requirepass ".length());
        assertThat(found.secrets()).hasSize(3).allSatisfy(r -> assertThat(r.textOf(text)).isEqualTo("redis"));
    }

    @Test
    void aTokenInAVariableDefaultIsFoundWhereItIsWritten() {
        String token = "hf_" + "Vb7KqP2mXz9LwT4nR8sYcJ3dF6gH1aE5uQ0o";
        String yaml = "services:\n  m:\n    image: ghcr.io/acme/m:1.0.0\n    environment:\n      HF_TOKEN: ${HF_TOKEN:-"
                + token + "}\n";
        YamlReported found = YamlRules.runCompose(new SecretInEnvironment(), yaml).get(0);
        assertThat(found.message()).isEqualTo("Hugging Face token (`hf_…`) written in `HF_TOKEN`");
        TextRange secret = found.secrets().get(0);
        assertThat(secret.textOf(found.span().source().text())).isEqualTo(token);
    }

    @Test
    void aCycleIsReportedOnceWithTheWholeLoop() {
        String yaml = """
                services:
                  a: {image: x/a:1.0.0, depends_on: [b]}
                  b: {image: x/b:1.0.0, depends_on: [c]}
                  c: {image: x/c:1.0.0, depends_on: [a, d]}
                  d: {image: x/d:1.0.0, depends_on: [d]}
                  e: {image: x/e:1.0.0, depends_on: [a]}
                """;
        List<YamlReported> found = YamlRules.runCompose(new DependsOnCycle(), yaml);
        assertThat(found).extracting(YamlReported::line, YamlReported::message).containsExactlyInAnyOrder(
                tuple(2, "depends_on cycle `a` -> `b` -> `c` -> `a`"),
                tuple(5, "depends_on cycle `d` -> `d`"));
        YamlReported loop = found.stream().filter(f -> f.line() == 2).findFirst().orElseThrow();
        assertThat(loop.related()).extracting(RelatedLocation::message)
                .containsExactly("`b` depends on `c`", "`c` depends on `a`");
    }

    @Test
    void duplicatePortNamesTheFirstPublisher() {
        String yaml = """
                services:
                  api:
                    image: ghcr.io/acme/api:1.4.2
                    ports: ["8080:8080"]
                  admin:
                    image: ghcr.io/acme/admin:1.4.2
                    ports: ["0.0.0.0:8080:80"]
                """;
        YamlReported found = YamlRules.runCompose(new DuplicatePublishedPort(), yaml).get(0);
        assertThat(found.message()).isEqualTo("host port 8080/tcp is already published by service `api`");
        assertThat(found.line()).isEqualTo(7);
        assertThat(found.related()).extracting(RelatedLocation::message).containsExactly("published here");
    }

    @Test
    void hostCredentialsAreReportedAtTheWrittenSourceHomeVariableIncluded() {
        String yaml = """
                services:
                  t:
                    image: ghcr.io/acme/t:1.0.0
                    volumes:
                      - ${HOME}/.kube/config:/root/.kube/config
                """;
        YamlReported found = YamlRules.runCompose(new HostCredentialsMounted(), yaml).get(0);
        assertThat(found.span().text()).isEqualTo("${HOME}/.kube/config");
        assertThat(found.message()).isEqualTo("credential file `~/.kube/config` of the host mounted into `t`");
        assertThat(HostCredentialsMounted.homePath("/home/dev/.aws/")).hasValue("~/.aws");
        assertThat(HostCredentialsMounted.homePath("/root/.ssh/id_rsa:/root/.ssh/id_rsa:ro")).hasValue("~/.ssh/id_rsa");
        assertThat(HostCredentialsMounted.homePath("./.aws")).isEmpty();
        assertThat(HostCredentialsMounted.homePath("/home/")).isEmpty();
    }

    @Test
    void hostAddressesOverlapWhenEqualOrOneIsEveryInterfaceOfItsFamily() {
        assertThat(DuplicatePublishedPort.addressesOverlap("", "127.0.0.1")).isTrue();
        assertThat(DuplicatePublishedPort.addressesOverlap("0.0.0.0", "127.0.0.1")).isTrue();
        assertThat(DuplicatePublishedPort.addressesOverlap("::", "::1")).isTrue();
        assertThat(DuplicatePublishedPort.addressesOverlap("0.0.0.0", "::1")).isFalse();
        assertThat(DuplicatePublishedPort.addressesOverlap("127.0.0.1", "127.0.0.2")).isFalse();
    }

    @Test
    void defaultOperatorsAreBlankedWithoutMovingOffsets() {
        assertThat(SecretLiterals.withoutDefaultOperators("${A:-x}-${B-y}${C:+z}${D?e}"))
                .isEqualTo("${A  x}-${B y}${C  z}${D e}");
    }
}
