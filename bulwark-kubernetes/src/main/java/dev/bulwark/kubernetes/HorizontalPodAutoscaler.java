package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A HorizontalPodAutoscaler (autoscaling v1, v2, v2beta1, v2beta2): its target, bounds and metrics. */
public final class HorizontalPodAutoscaler {
    private final KubeObject object;
    private final Field targetApiVersion;
    private final Field targetKind;
    private final Field targetName;
    private final Field minReplicas;
    private final Field maxReplicas;
    private final Field targetCpuUtilization;
    private final List<Metric> metrics;

    /** One {@code spec.metrics[]} item. */
    public static final class Metric {
        private final Span span;
        private final Field type;
        private final Field resourceName;

        Metric(Span span, Field type, Field resourceName) {
            this.span = span;
            this.type = type;
            this.resourceName = resourceName;
        }

        public Span span() {
            return span;
        }

        /** {@code Resource}, {@code ContainerResource}, {@code Pods}, {@code Object}, {@code External}. */
        public Optional<Field> type() {
            return Optional.ofNullable(type);
        }

        /** {@code resource.name} / {@code containerResource.name} ({@code cpu}, {@code memory}). */
        public Optional<Field> resourceName() {
            return Optional.ofNullable(resourceName);
        }
    }

    private HorizontalPodAutoscaler(KubeObject object, Field targetApiVersion, Field targetKind, Field targetName,
                                    Field minReplicas, Field maxReplicas, Field targetCpuUtilization,
                                    List<Metric> metrics) {
        this.object = object;
        this.targetApiVersion = targetApiVersion;
        this.targetKind = targetKind;
        this.targetName = targetName;
        this.minReplicas = minReplicas;
        this.maxReplicas = maxReplicas;
        this.targetCpuUtilization = targetCpuUtilization;
        this.metrics = metrics;
    }

    static HorizontalPodAutoscaler read(ReadContext ctx, KubeObject object) {
        YamlMapping spec = ctx.mapping(object.root(), "spec").orElse(null);
        YamlMapping ref = ctx.mapping(spec, "scaleTargetRef").orElse(null);
        List<Metric> metrics = new ArrayList<>();
        for (YamlMapping m : ctx.mappingItems(spec, "metrics")) {
            Field type = ctx.string(m, "type").orElse(null);
            Field resource = null;
            Optional<YamlMapping> r = ctx.mapping(m, "resource");
            if (r.isEmpty()) {
                r = ctx.mapping(m, "containerResource");
            }
            if (r.isPresent()) {
                resource = ctx.string(r.get(), "name").orElse(null);
            }
            metrics.add(new Metric(ctx.span(m), type, resource));
        }
        return new HorizontalPodAutoscaler(object, ctx.string(ref, "apiVersion").orElse(null),
                ctx.string(ref, "kind").orElse(null), ctx.string(ref, "name").orElse(null),
                ctx.integer(spec, "minReplicas").orElse(null), ctx.integer(spec, "maxReplicas").orElse(null),
                ctx.integer(spec, "targetCPUUtilizationPercentage").orElse(null), List.copyOf(metrics));
    }

    public KubeObject object() {
        return object;
    }

    public Optional<Field> targetApiVersion() {
        return Optional.ofNullable(targetApiVersion);
    }

    public Optional<Field> targetKind() {
        return Optional.ofNullable(targetKind);
    }

    public Optional<Field> targetName() {
        return Optional.ofNullable(targetName);
    }

    public Optional<Field> minReplicas() {
        return Optional.ofNullable(minReplicas);
    }

    public Optional<Field> maxReplicas() {
        return Optional.ofNullable(maxReplicas);
    }

    /** autoscaling/v1 {@code targetCPUUtilizationPercentage}. */
    public Optional<Field> targetCpuUtilization() {
        return Optional.ofNullable(targetCpuUtilization);
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** True when {@code scaleTargetRef} names this object (kind and name; the group too when written). Namespaces not compared. */
    public boolean targets(KubeObject target) {
        if (targetKind == null || targetName == null) {
            return false;
        }
        if (!targetKind.textOrEmpty().equals(target.kind()) || !targetName.textOrEmpty().equals(target.nameText())) {
            return false;
        }
        return targetApiVersion == null
                || ApiVersions.group(targetApiVersion.textOrEmpty()).equals(target.group());
    }

    @Override
    public String toString() {
        return "HorizontalPodAutoscaler[" + object.nameText() + "]";
    }
}
