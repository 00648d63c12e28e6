package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;

/**
 * The pod templates of a manifest file as rules walk them, and how their findings name them.
 * Rules about a value that is written (a {@code privileged: true}) judge every template, patches
 * included; rules about something missing judge only whole templates, since a kustomize patch or
 * an object without its images holds only part of the pod.
 */
final class Pods {
    private Pods() {
    }

    /** Every pod template of the file's objects, partial ones included. */
    static List<PodTemplate> templates(ManifestFile file) {
        List<PodTemplate> out = new ArrayList<>();
        for (KubeObject o : file.objects()) {
            out.addAll(o.podTemplates());
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
                if (!t.isPartial()) {
                    out.add(t);
                }
            }
        }
        return out;
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
