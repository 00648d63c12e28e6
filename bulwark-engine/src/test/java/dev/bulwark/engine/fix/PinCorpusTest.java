package dev.bulwark.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Corpus;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins over every Dockerfile, Compose file and manifest of the shared corpus: the run converges,
 * refuses nothing, changes only the version of references (every other line, and every byte of a
 * changed line outside one reference's version, stays), leaves only findings it cannot fix
 * without guessing, and a second run changes nothing.
 */
class PinCorpusTest {
    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
    private static final List<String> PINS = List.of("python=3.12.8-slim-bookworm", "ubuntu=22.04",
            "nvidia/cuda=12.4.1-runtime-ubuntu22.04@" + DIGEST, "pytorch/pytorch=2.5.1-cuda12.4-cudnn9-runtime",
            "node=22.12.0-bookworm-slim", "debian=12.8-slim", "alpine@" + DIGEST, "postgres=16.6", "redis=7.4.1",
            "ghcr.io/astral-sh/uv=0.5.11", "nginx=1.27.3");

    @Test
    void pinsChangeOnlyVersionsAndSettle() throws IOException, ConfigException {
        List<Input> inputs = Corpus.ofKinds(List.of("dockerfile", "compose", "k8s"));
        List<Rule> rules = BuiltinRules.all();
        Settings settings = new ConfigLoader(rules).apply(Settings.defaults(),
                SettingsOverride.none().withSelect(List.of("BW005")).withPins(PINS));
        Fixer.Audits audits = reader -> new Auditor(rules, 2, reader);
        FixOutcome outcome = new Fixer(audits, new InputReader(), false).fix(inputs, settings);

        assertThat(outcome.converged()).isTrue();
        assertThat(outcome.dropped()).isEmpty();
        assertThat(outcome.applied()).isNotEmpty();
        for (Map.Entry<String, String> e : outcome.fixed().entrySet()) {
            String[] before = outcome.originals().get(e.getKey()).split("\n", -1);
            String[] after = e.getValue().split("\n", -1);
            assertThat(after).as(e.getKey()).hasSameSizeAs(before);
            for (int i = 0; i < before.length; i++) {
                if (!before[i].equals(after[i])) {
                    assertThat(changedPart(before[i], after[i])).as(e.getKey() + ":" + (i + 1) + ": " + after[i])
                            .isTrue();
                }
            }
        }
        for (Finding f : outcome.after().findings()) {
            assertThat(f.fix().exists()).as(f.path() + ": " + f.message()).isFalse();
        }

        FixOutcome second = SecondRun.after(outcome, audits, inputs, settings, false);
        assertThat(second.fixed()).as("a second run changes nothing").isEmpty();
        System.out.println("[pin corpus] " + inputs.size() + " files, " + outcome.applied().size()
                + " references pinned in " + outcome.fixed().size() + " files, " + outcome.after().findings().size()
                + " reported without a fix (a digest a tag pin cannot vouch for, a version from a variable)");
    }

    /**
     * True when the lines differ in one reference's version only: alike up to a {@code :}, an
     * {@code @} or the end of an image name, then the new line has a pin's version where the old
     * one had another version (or none), and the rest of the lines is alike.
     */
    private static boolean changedPart(String before, String after) {
        int prefix = 0;
        while (prefix < before.length() && prefix < after.length() && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        while (prefix > 0 && ":@".indexOf(after.charAt(prefix - 1)) < 0 && !endsName(after, prefix)) {
            prefix--;
        }
        if (prefix > 0 && ":@".indexOf(after.charAt(prefix - 1)) >= 0) {
            prefix--;
        }
        for (String pin : PINS) {
            int split = pin.indexOf('=');
            String version = split >= 0 ? ":" + pin.substring(split + 1) : pin.substring(pin.indexOf('@'));
            if (after.startsWith(version, prefix)) {
                String rest = after.substring(prefix + version.length());
                int oldEnd = prefix;
                while (oldEnd < before.length() && !Character.isWhitespace(before.charAt(oldEnd))
                        && before.charAt(oldEnd) != '"' && before.charAt(oldEnd) != '\'') {
                    oldEnd++;
                }
                if (before.substring(oldEnd).equals(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code line} has a word character before {@code at} and a version starts there. */
    private static boolean endsName(String line, int at) {
        return at < line.length() && ":@".indexOf(line.charAt(at)) >= 0;
    }
}
