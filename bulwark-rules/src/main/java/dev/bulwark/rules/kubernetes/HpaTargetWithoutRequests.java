package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.HorizontalPodAutoscaler;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.LimitRange;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.ResourceNames;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.List;

/**
 * A workload scaled by a HorizontalPodAutoscaler on CPU or memory <em>utilization</em> (a
 * percentage of the containers' requests) where a container has no request for that resource
 * (a limit counts: Kubernetes defaults the request to it). The autoscaler cannot compute the
 * utilization and never scales ({@code FailedGetResourceMetric}). An autoscaler without metrics,
 * and autoscaling/v1, scale on 80% CPU utilization. {@code ContainerResource} metrics need the
 * request on the named container only; {@code AverageValue} targets need none. A LimitRange of
 * the namespace that gives containers a default request for the resource settles it too.
 */
@RuleInfo(code = "KU039", name = "hpa-target-without-requests", practice = Practice.ORCHESTRATION,
        severity = Severity.WARNING,
        summary = "A HorizontalPodAutoscaler scales on CPU or memory utilization of containers without that request.",
        fix = "Set `resources.requests` for that resource on every container of the scaled pods, or target an "
                + "`AverageValue` instead of `Utilization`.")
public final class HpaTargetWithoutRequests implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || object.workload().isEmpty() || !object.knownKind().isCoreWorkload()
                    || !ctx.set().patchesFor(object).isEmpty()) {
                continue;
            }
            List<HorizontalPodAutoscaler> autoscalers = ctx.set().autoscalersFor(object);
            for (HorizontalPodAutoscaler hpa : autoscalers) {
                for (PodTemplate template : object.podTemplates()) {
                    checkTemplate(ctx, sink, hpa, template);
                }
            }
        }
    }

    private static void checkTemplate(KubernetesContext ctx, SpanSink sink, HorizontalPodAutoscaler hpa,
                                      PodTemplate template) {
        if (hpa.metrics().isEmpty()) {
            // autoscaling/v1, or v2 without metrics: 80% average CPU utilization of every container.
            Span at = hpa.targetCpuUtilization().isPresent() ? hpa.targetCpuUtilization().get().span()
                    : hpa.object().locator();
            checkResource(ctx, sink, hpa, template, ResourceNames.CPU, "", at);
            return;
        }
        for (HorizontalPodAutoscaler.Metric metric : hpa.metrics()) {
            if (!metric.isUtilization() || metric.resourceName().isEmpty()) {
                continue;
            }
            String resource = metric.resourceName().get().textOrEmpty();
            if (!resource.equals(ResourceNames.CPU) && !resource.equals(ResourceNames.MEMORY)) {
                continue;
            }
            String only = metric.container().isPresent() ? metric.container().get().textOrEmpty() : "";
            checkResource(ctx, sink, hpa, template, resource, only, metric.span());
        }
    }

    private static void checkResource(KubernetesContext ctx, SpanSink sink, HorizontalPodAutoscaler hpa,
                                      PodTemplate template, String resource, String onlyContainer, Span metric) {
        if (limitRangeDefaults(ctx, template.object(), resource)) {
            return;
        }
        // The autoscaler sums the requests of the pod's regular containers; init containers do not count.
        for (Container container : template.containers()) {
            if (!onlyContainer.isEmpty() && !container.nameText().equals(onlyContainer)) {
                continue;
            }
            if (container.resources().effectiveRequest(resource).isPresent()) {
                continue;
            }
            Owned.report(sink, container.locator(), container.displayName() + " has no " + resource
                    + " request, but " + hpa.object().displayName() + " scales on " + resource + " utilization",
                    container.span(), Owned.name(container),
                    List.of(RelatedLocation.of(metric, resource + " utilization target")));
        }
    }

    private static boolean limitRangeDefaults(KubernetesContext ctx, KubeObject object, String resource) {
        for (LimitRange range : ctx.set().limitRangesIn(ctx.set().namespaceOf(object))) {
            for (LimitRange.Item item : range.limits()) {
                if (item.typeText().equals("Container")
                        && (item.defaultRequest().has(resource) || item.defaultLimits().has(resource))) {
                    return true;
                }
            }
        }
        return false;
    }
}
