package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.ResourceNames;
import dev.bulwark.kubernetes.ResourceQuantity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.List;
import java.util.Optional;

/**
 * An accelerator (GPU, MIG slice, TPU, Neuron, Gaudi) in a container's {@code requests} without the
 * same quantity in its {@code limits}. Accelerators are extended resources, which cannot be
 * overcommitted: the API server rejects a request without a limit, and a request that differs
 * from the limit. A limit alone is enough (the request defaults to it).
 */
@RuleInfo(code = "KU046", name = "gpu-request-without-limit", practice = Practice.GPU_SUPPORT,
        severity = Severity.ERROR,
        summary = "A GPU or other accelerator is requested without an equal limit, which the API server rejects.",
        fix = "Set the accelerator in `resources.limits` (the request defaults to it), or make request and limit equal.")
public final class GpuRequestWithoutLimit implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate template : ctx.file().podTemplates()) {
            for (Container container : template.allContainers()) {
                for (ResourceQuantity request : container.resources().requests().entries()) {
                    if (!ResourceNames.isAccelerator(request.name())) {
                        continue;
                    }
                    Optional<ResourceQuantity> limit = container.resources().limit(request.name());
                    if (limit.isEmpty()) {
                        if (!template.isPartial()) {
                            Owned.report(sink, request.span(), "`" + request.name() + "` requested without a limit in "
                                    + container.displayName(), container);
                        }
                    } else if (request.quantity().isPresent() && limit.get().quantity().isPresent()
                            && request.quantity().get().compareTo(limit.get().quantity().get()) != 0) {
                        Owned.report(sink, request.span(), "`" + request.name() + "` request " + request.text()
                                + " differs from its limit " + limit.get().text(), container.span(),
                                Owned.name(container), List.of(RelatedLocation.of(limit.get().span(), "limit")));
                    }
                }
            }
        }
    }
}
