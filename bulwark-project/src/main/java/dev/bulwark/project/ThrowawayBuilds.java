package dev.bulwark.project;

import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Step;
import dev.bulwark.workflow.Workflow;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a CI build makes a throwaway image: the job that builds it runs it afterwards
 * ({@code docker run IMAGE pytest}, {@code docker run -d --name ci IMAGE} and {@code docker exec}),
 * and nothing publishes it. Such an image lives as long as the job, as a test image does: no
 * push by the build ({@code --push}, {@code push: true}), no push or registry login anywhere in
 * its job (a {@code docker tag} and {@code docker push}, or a push the job's own scripts hide
 * after a login), and no push of any of its names elsewhere in the workflow. A build without a
 * name, or one only built to see that it builds, is not one: its image is not known to be used.
 */
final class ThrowawayBuilds {
    private static final String LOGIN_ACTION = "docker/login-action";
    private static final Set<String> ENGINES = Set.of("docker", "podman", "nerdctl");
    // Options of docker itself and of `docker run`/`create` that take a value (docker CLI
    // reference), so that the image is the first word that is neither.
    private static final Set<String> RUN_VALUES = Set.of("-c", "--context", "-H", "--host", "--config", "-l",
            "--log-level", "-a", "--attach", "--add-host", "--annotation", "--blkio-weight", "--blkio-weight-device",
            "--cap-add", "--cap-drop", "--cgroup-parent", "--cgroupns", "--cidfile", "--cpu-period", "--cpu-quota",
            "--cpu-rt-period", "--cpu-rt-runtime", "--cpu-shares", "--cpus", "--cpuset-cpus", "--cpuset-mems",
            "--detach-keys", "--device", "--device-cgroup-rule", "--device-read-bps", "--device-read-iops",
            "--device-write-bps", "--device-write-iops", "--dns", "--dns-option", "--dns-search", "--domainname",
            "--entrypoint", "-e", "--env", "--env-file", "--expose", "--gpus", "--group-add", "--health-cmd",
            "--health-interval", "--health-retries", "--health-start-interval", "--health-start-period",
            "--health-timeout", "-h", "--hostname", "--ip", "--ip6", "--ipc", "--isolation", "--kernel-memory",
            "--label", "--label-file", "--link", "--link-local-ip", "--log-driver", "--log-opt", "--mac-address",
            "-m", "--memory", "--memory-reservation", "--memory-swap", "--memory-swappiness", "--mount", "--name",
            "--network", "--net", "--network-alias", "--oom-score-adj", "--pid", "--pids-limit", "--platform", "-p",
            "--publish", "--pull", "--restart", "--runtime", "--security-opt", "--shm-size", "--stop-signal",
            "--stop-timeout", "--storage-opt", "--sysctl", "--tmpfs", "-u", "--user", "--userns", "--uts", "-v",
            "--volume", "--volume-driver", "--volumes-from", "-w", "--workdir", "--ulimit");

    private ThrowawayBuilds() {
    }

    static boolean isThrowaway(Workflow workflow, Activity.Build build) {
        if (build.push().isPresent() || build.tags().isEmpty()) {
            return false;
        }
        for (Activity a : workflow.activities()) {
            if (a instanceof Activity.Push push && (push.job() == build.job() || namesAny(push.images(), build.tags()))
                    || a instanceof Activity.Login && a.job() == build.job()) {
                return false;
            }
        }
        for (Step step : build.job().steps()) {
            if (step.uses(LOGIN_ACTION)) {
                return false;
            }
        }
        return runByItsJob(workflow, build);
    }

    // A `docker run` of one of the build's names after the build, in its job.
    private static boolean runByItsJob(Workflow workflow, Activity.Build build) {
        String text = workflow.source().text();
        for (Step step : build.job().steps()) {
            if (step.index() < build.step().index() || step.run().isEmpty()) {
                continue;
            }
            for (SimpleCommand command : step.run().get().shell().commands()) {
                if (step.index() == build.step().index() && command.range().start() <= build.range().start()) {
                    continue;
                }
                // The word's value, and the word as written: the parsed script sees each `${{ }}`
                // as a placeholder, an action's `tags:` input keeps it.
                Optional<Word> image = runImage(command.effective());
                if (image.isPresent() && namesAny(List.of(image.get().value(),
                        text.substring(image.get().range().start(), image.get().range().end())), build.tags())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The image of {@code docker run}, {@code docker container run} or {@code docker create}. */
    private static Optional<Word> runImage(SimpleCommand c) {
        Optional<String> name = c.baseName();
        if (name.isEmpty() || !ENGINES.contains(name.get())) {
            return Optional.empty();
        }
        List<Word> p = c.positionals(RUN_VALUES);
        int at = !p.isEmpty() && p.get(0).is("container") ? 1 : 0;
        if (p.size() > at + 1 && (p.get(at).is("run") || p.get(at).is("create"))) {
            return Optional.of(p.get(at + 1));
        }
        return Optional.empty();
    }

    private static boolean namesAny(List<String> images, List<String> tags) {
        for (String image : images) {
            for (String tag : tags) {
                if (sameImage(image, tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameImage(String a, String b) {
        String x = unquoted(a.strip());
        String y = unquoted(b.strip());
        if (x.equals(y)) {
            return true;
        }
        Optional<ImageKey> kx = ImageKey.of(x);
        Optional<ImageKey> ky = ImageKey.of(y);
        return kx.isPresent() && ky.isPresent() && kx.get().mayBe(ky.get());
    }

    private static String unquoted(String s) {
        if (s.length() > 1 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
