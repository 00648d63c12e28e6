package dev.bulwark.kubernetes;

/** Whether the pods of a template serve until stopped or run to completion. */
public enum Lifecycle {
    /** Restarted forever: Deployments, StatefulSets, DaemonSets, serving resources, a Ray cluster, a Pod with {@code restartPolicy: Always}. */
    LONG_RUNNING,
    /** Run to completion: Jobs, CronJobs, training jobs, workflow steps, a Pod with {@code restartPolicy} {@code Never}/{@code OnFailure}. */
    RUN_TO_COMPLETION
}
