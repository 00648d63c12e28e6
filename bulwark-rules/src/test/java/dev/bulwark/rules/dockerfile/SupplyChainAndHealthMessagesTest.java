package dev.bulwark.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.Reported;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RunnableRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording of the dependency-scanning, model-artifact and health-monitoring findings. */
class SupplyChainAndHealthMessagesTest {

    private static List<String> messages(Rule rule, String dockerfile) {
        return RunnableRules.run(rule, dockerfile).stream().map(Reported::message).toList();
    }

    @Test
    void pipMessagesNameTheOptionOrPackage() {
        assertThat(messages(new PipExtraIndexUrl(), "FROM python:3.12.4\nENV PIP_EXTRA_INDEX_URL=https://x.example/simple\n"))
                .containsExactly("`ENV PIP_EXTRA_INDEX_URL` adds a second package index");
        assertThat(messages(new PipInsecureIndex(), "FROM python:3.12.4\nRUN pip install -i http://x.example/simple a==1\n"))
                .containsExactly("`-i` points to a plain-HTTP index");
        assertThat(messages(new PipUnpinnedPackage(), "FROM python:3.12.4\nRUN python -m pip install torch numpy==1.26.4 scipy\n"))
                .containsExactly("`torch` and 1 more without a version in `pip install`");
    }

    @Test
    void urlsInMessagesLoseCredentialsAndQueries() {
        assertThat(messages(new AddRemoteWithoutChecksum(), "FROM ubuntu:22.04\nADD https://u:p@x.example/a.tgz?sig=1 /a\n"))
                .containsExactly("`ADD` of `https://x.example/a.tgz` without `--checksum`");
    }

    @Test
    void remoteScriptMessagesNameDownloaderAndRunner() {
        assertThat(messages(new RemoteScriptExecuted(), "FROM ubuntu:22.04\nRUN curl -fsSL https://x.example/i.sh | sudo -E bash -\n"))
                .containsExactly("`curl` output piped into `bash`");
        assertThat(messages(new RemoteScriptExecuted(), "FROM ubuntu:22.04\nRUN sh -c \"$(wget -qO- https://x.example/i.sh)\"\n"))
                .containsExactly("`sh` runs the output of `wget`");
    }

    @Test
    void modelMessages() {
        assertThat(messages(new PickleModelCopied(), "FROM python:3.12.4\nCOPY model.pkl /app/\n"))
                .containsExactly("pickle-format model `model.pkl` copied into the image");
        assertThat(messages(new ModelDownloadUnpinned(), "FROM python:3.12.4\nRUN huggingface-cli download acme/m\n"))
                .containsExactly("`huggingface-cli download acme/m` without a pinned `--revision`");
        assertThat(messages(new ModelDirNotWritable(),
                "FROM python:3.12.4\nENV HF_HOME=/hf\nRUN mkdir /hf\nUSER 10001\n"))
                .containsExactly("`HF_HOME` directory `/hf` is created by root, but the image runs as `10001`");
    }

    @Test
    void healthMessages() {
        assertThat(messages(new HealthcheckToolMissing(), "FROM python:3.12.4-slim\nHEALTHCHECK CMD curl -f http://localhost/\n"))
                .containsExactly("`curl` is not in `python:3.12.4-slim`");
        assertThat(messages(new MultipleHealthchecks(), "FROM python:3.12.4 AS app\nHEALTHCHECK NONE\nHEALTHCHECK CMD true\n"))
                .containsExactly("another HEALTHCHECK in stage `app` replaces the one on line 2");
        assertThat(messages(new HealthcheckWithoutStartPeriod(), "FROM python:3.12.4\nHEALTHCHECK CMD [\"true\"]\nCMD [\"vllm\", \"serve\", \"m\"]\n"))
                .containsExactly("HEALTHCHECK of `vllm serve` without `--start-period`");
        assertThat(messages(new PythonOutputBuffered(), "FROM python:3.12.4\nCMD python app.py\n"))
                .containsExactly("`python` runs without `PYTHONUNBUFFERED`");
    }
}
