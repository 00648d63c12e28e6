package dev.bulwark.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.testing.SharedCorpus;
import dev.bulwark.yaml.YamlParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the Kubernetes model (issue 9: "every new model as it lands"): one
 * manifest file read into objects, one manifest set, and every pod-spec view walked. Without
 * {@code JAZZER_FUZZ=1} (as in {@code mvn verify}) it replays the regression inputs and the
 * corpus's manifests; {@code bench/fuzz.sh kubernetes MINUTES} fuzzes it.
 */
class ManifestFuzzTest {

    static Stream<Arguments> corpus() {
        return SharedCorpus.files("k8s", "the Kubernetes fuzz target").stream().map(e -> Arguments.of((Object) e.bytes()));
    }

    @MethodSource("corpus")
    @FuzzTest
    void read(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /** Total (no exception); every problem and every span a rule can report at inside the text. */
    static void check(String text) {
        SourceText source = new SourceText("manifest.yaml", text);
        HelmTemplates.skipReason(Optional.empty(), text);
        ManifestFile file = ManifestFile.read(new YamlParser().parse(source), Optional.empty());
        ManifestSet set = ManifestSet.of(List.of(file));
        for (ManifestFile f : set.files()) {
            for (ManifestProblem p : f.problems()) {
                assertInside(p.span(), text);
                assertThat(p.message()).isNotBlank();
            }
            for (KubeObject o : f.objects()) {
                assertInside(o.span(), text);
                assertInside(o.locator(), text);
                assertThat(o.displayName()).isNotBlank();
                set.namespaceOf(o);
                set.autoscalersFor(o);
                for (PodTemplate t : o.podTemplates()) {
                    assertInside(t.roleSpan(), text);
                    t.tolerations();
                    t.hasNodeAffinity();
                    set.servicesSelecting(t);
                    for (Volume v : t.volumes()) {
                        set.claimFor(v, t);
                    }
                    for (Container c : t.allContainers()) {
                        assertInside(c.locator(), text);
                        c.securityContext();
                        c.resources();
                        c.probes();
                        c.env();
                        c.volumeMounts();
                        set.imageOverridesFor(c);
                    }
                }
            }
        }
    }

    private static void assertInside(Span span, String text) {
        assertThat(span.range().end()).isLessThanOrEqualTo(text.length());
    }
}
