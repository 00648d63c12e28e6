package dev.bulwark.rules;

import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import java.util.List;

/**
 * Rules are total: on any text, valid or not, every rule returns without throwing and reports
 * ranges inside the file with non-empty messages that never contain a secret
 * ({@link RunnableRules} enforces the reporting contract).
 */
class RulesPropertyTest {
    private static final List<String> FRAGMENTS = List.of(
            "FROM python:3.12", "FROM ${BASE}", "FROM scratch", "FROM base AS final", "FROM", "ARG BASE=ubuntu",
            "ARG", "ENV A=1 B", "ENV HF_TOKEN=", "USER root", "USER", "USER ${U}:0", "RUN apt-get update",
            "RUN apt-get install -y x && rm -rf /var/lib/apt/lists/*", "RUN pip install torch", "RUN <<EOF",
            "EOF", "apt-get update", "RUN --mount=type=cache,target=/root/.cache pip install x", "RUN \\",
            "  && echo $(", "CMD [\"uvicorn\"", "CMD [\"sh\", \"-c\", \"gunicorn app\"]", "ENTRYPOINT tini --",
            "EXPOSE 80", "HEALTHCHECK NONE", "HEALTHCHECK CMD", "ADD a.txt b/", "ADD", "COPY --from=x / /",
            "SHELL [\"pwsh\", \"-c\"]", "# expect: DF001", "# escape=`", "ONBUILD RUN pip install y",
            "ghp_q7Rk2Lm9Xw4Zp1Bn8Vc3Td6Hs0Jf5Gy2Ua9K", "-----BEGIN RSA PRIVATE KEY-----", "'\"`$", "\t", "");

    /** Up to 14 lines, each a fragment or (as often) any string of up to 20 characters. */
    private static String dockerfile(SeededInputs in) {
        return String.join("\n", in.list(14, () -> in.chance(0.5) ? in.pick(FRAGMENTS) : in.anyString(20)));
    }

    @SeededProperty(cases = 300)
    void everyRuleIsTotal(long seed) {
        String text = dockerfile(SeededInputs.of(seed));
        RunnableRules.Parsed parsed = RunnableRules.Parsed.of("Dockerfile", text);
        for (Rule rule : RunnableRules.runnable()) {
            RunnableRules.run(rule, parsed);
        }
    }
}
