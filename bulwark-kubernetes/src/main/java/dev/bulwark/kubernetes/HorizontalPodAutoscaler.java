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
        private final Field container;
        private final String targetType;

        Metric(Span span, Field type, Field resourceName, Field container, String targetType) {
            this.span = span;
            this.type = type;
            this.resourceName = resourceName;
            this.container = container;
            this.targetType = targetType;
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

        /** {@code containerResource.container}: the one container whose usage is measured. */
        public Optional<Field> container() {
            return Optional.ofNullable(container);
        }

        /**
         * How a {@code Resource} or {@code ContainerResource} metric is compared:
         * {@code Utilization} (a percentage of the containers' requests), {@code AverageValue} or
         * {@code Value}; autoscaling/v2beta1's {@code targetAverageUtilization} and
         * {@code targetAverageValue} read as the first two. {@code ""} when not written.
         */
        public String targetType() {
            return targetType;
        }

        /** True when the target is a percentage of the containers' requests. */
        public boolean isUtilization() {
            return targetType.equals("Utilization");
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
            Field container = null;
            String targetType = "";
            Optional<YamlMapping> r = ctx.mapping(m, "resource");
            if (r.isEmpty()) {
                r = ctx.mapping(m, "containerResource");
            }
            if (r.isPresent()) {
                resource = ctx.string(r.get(), "name").orElse(null);
                container = ctx.string(r.get(), "container").orElse(null);
                targetType = targetType(ctx, r.get());
            }
            metrics.add(new Metric(ctx.span(m), type, resource, container, targetType));
        }
        return new HorizontalPodAutoscaler(object, ctx.string(ref, "apiVersion").orElse(null),
                ctx.string(ref, "kind").orElse(null), ctx.string(ref, "name").orElse(null),
                ctx.integer(spec, "minReplicas").orElse(null), ctx.integer(spec, "maxReplicas").orElse(null),
                ctx.integer(spec, "targetCPUUtilizationPercentage").orElse(null), List.copyOf(metrics));
    }

    /** v2 {@code target.type}; v2beta1 {@code targetAverageUtilization} / {@code targetAverageValue}. */
    private static String targetType(ReadContext ctx, YamlMapping resource) {
        Optional<YamlMapping> target = ctx.mapping(resource, "target");
        if (target.isPresent()) {
            Optional<Field> t = ctx.string(target.get(), "type");
            return t.isPresent() ? t.get().textOrEmpty() : "";
        }
        if (ctx.field(resource, "targetAverageUtilization").isPresent()) {
            return "Utilization";
        }
        if (ctx.field(resource, "targetAverageValue").isPresent()) {
            return "AverageValue";
        }
        return "";
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
