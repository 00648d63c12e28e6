package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pod templates of a manifest file as rules walk them, and how their findings name them.
 * Rules about a value that is written (a {@code privileged: true}) judge every template, patches
 * included; rules about something missing judge only whole templates, since a kustomize patch or
 * an object without its images holds only part of the pod. Templates whose every container runs
 * a test double ({@code aibrix/vllm-mock}, {@code llm-simulator}) stand in for a real workload in a
 * tutorial or a test and are not walked.
 */
final class Pods {
    private static final Set<String> TEST_DOUBLE_WORDS = Set.of("mock", "mocks", "simulator", "fake", "stub");

    private Pods() {
    }

    /** Every pod template of the file's objects, partial ones included. */
    static List<PodTemplate> templates(ManifestFile file) {
        List<PodTemplate> out = new ArrayList<>();
        for (KubeObject o : file.objects()) {
            for (PodTemplate t : o.podTemplates()) {
                if (!runsTestDoubles(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The pod templates that are whole: not in a patch file, not missing containers or images. */
    static List<PodTemplate> wholeTemplates(ManifestFile file) {
        List<PodTemplate> out = new ArrayList<>();
        for (KubeObject o : file.objects()) {
            if (o.isPartial()) {
                continue;
            }
            for (PodTemplate t : o.podTemplates()) {
                if (!t.isPartial() && !runsTestDoubles(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** True when every container's image names a test double: a word mock, simulator, fake or stub. */
    static boolean runsTestDoubles(PodTemplate template) {
        List<Container> containers = template.allContainers();
        if (containers.isEmpty()) {
            return false;
        }
        for (Container c : containers) {
            if (!namesTestDouble(c.imageText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesTestDouble(String image) {
        String name = image.strip().toLowerCase(Locale.ROOT);
        int tag = name.lastIndexOf(':');
        if (tag > name.lastIndexOf('/')) {
            name = name.substring(0, tag);
        }
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || "/-_.".indexOf(name.charAt(i)) >= 0) {
                if (TEST_DOUBLE_WORDS.contains(name.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** "container `app` of Deployment `web`", "init container `setup` of RayCluster `r` head group". */
    static String describe(Container c) {
        return c.displayName() + " of " + c.template().displayName();
    }

    /**
     * Reports a finding about something in {@code template}: when the span lies outside it (a
     * value written once under a YAML anchor and used by several templates), the finding also
     * names the template that uses it.
     */
    static void report(SpanSink sink, Span at, String message, PodTemplate template) {
        sink.report(at, message, template.span(), template.displayName());
    }
}
