package dev.bulwark.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.Reported;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RunnableRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caret covers the culprit, not the whole command or argument that holds it. */
class CulpritSpansTest {

    private static List<String> flagged(Rule rule, String dockerfile) {
        return RunnableRules.run(rule, dockerfile).stream().map(r -> r.range().textOf(dockerfile)).toList();
    }

    @Test
    void modelIdInsidePythonCode() {
        assertThat(flagged(new ModelDownloadUnpinned(), "FROM python:3.12.4-slim\n"
                + "RUN python -c \"from huggingface_hub import snapshot_download; "
                + "snapshot_download('meta-llama/Llama-3.1-8B')\"\n"))
                .containsExactly("meta-llama/Llama-3.1-8B");
        assertThat(flagged(new ModelDownloadUnpinned(), "FROM python:3.12.4-slim\n"
                + "RUN python3 -c 'from transformers import AutoModel; AutoModel.from_pretrained(\"bert-base-uncased\")'\n"))
                .containsExactly("bert-base-uncased");
        assertThat(flagged(new ModelDownloadUnpinned(), "FROM python:3.12.4-slim\n"
                + "RUN python -c \"from sentence_transformers import SentenceTransformer; \\\n"
                + "    SentenceTransformer(\\\"all-MiniLM-L6-v2\\\")\"\n"))
                .containsExactly("all-MiniLM-L6-v2");
        assertThat(flagged(new ModelDownloadUnpinned(), "FROM python:3.12.4-slim\n"
                + "RUN python3 - <<'EOF'\nfrom huggingface_hub import snapshot_download\n"
                + "snapshot_download(\"openai/whisper-small\")\nEOF\n"))
                .containsExactly("openai/whisper-small");
    }

    @Test
    void emptyTokenOption() {
        assertThat(flagged(new NotebookWithoutAuth(), "FROM python:3.12.4-slim\n"
                + "CMD [\"jupyter\", \"lab\", \"--ip=0.0.0.0\", \"--ServerApp.token=\"]\n"))
                .containsExactly("\"--ServerApp.token=\"");
        assertThat(flagged(new NotebookWithoutAuth(), "FROM python:3.12.4-slim\n"
                + "CMD jupyter lab --ip=0.0.0.0 --NotebookApp.token=''\n"))
                .containsExactly("--NotebookApp.token=''");
        assertThat(flagged(new NotebookWithoutAuth(), "FROM python:3.12.4-slim\n"
                + "ENTRYPOINT [\"tini\", \"--\", \"jupyter\", \"lab\"]\nCMD [\"--IdentityProvider.token\", \"''\"]\n"))
                .containsExactly("\"--IdentityProvider.token\", \"''\"");
        assertThat(flagged(new NotebookAllowRoot(), "FROM python:3.12.4-slim\n"
                + "CMD [\"jupyter\", \"lab\", \"--allow-root\"]\n"))
                .containsExactly("\"--allow-root\"");
    }
}
