package dev.bulwark.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The events that start a reusable workflow through the workflows of the same repository that
 * call it ({@code uses: ./.github/workflows/_e2e.yml} on a job). A called workflow runs in its
 * caller's context: {@code github.event} is the caller's event, and {@code secrets: inherit}
 * hands it the caller's secrets, so a {@code pull_request_target} caller makes it privileged.
 * Calls through several levels are followed; a call to another repository is not.
 */
public final class ReusableCallers {
    private static final String FOLDER = ".github/workflows/";
    private static final int MAX_ROUNDS = 8;

    private final Map<String, Set<String>> eventsByCallee;

    private ReusableCallers(Map<String, Set<String>> eventsByCallee) {
        this.eventsByCallee = eventsByCallee;
    }

    /** The callers among {@code workflows}, keyed by each workflow's source path ({@code /}-separated). */
    public static ReusableCallers of(List<Workflow> workflows) {
        Map<String, Set<String>> events = new HashMap<>();
        Map<String, List<String>> callees = new HashMap<>();
        for (Workflow w : workflows) {
            String path = w.source().path().replace('\\', '/');
            Set<String> own = new LinkedHashSet<>();
            for (Value t : w.triggers()) {
                own.add(t.key());
            }
            setOf(events, path).addAll(own);
            List<String> called = new ArrayList<>();
            for (Job job : w.jobs()) {
                if (job.uses().isPresent() && job.uses().get().kind() == ActionRef.Kind.LOCAL) {
                    Optional<String> callee = resolve(path, job.uses().get().name());
                    if (callee.isPresent()) {
                        called.add(callee.get());
                    }
                }
            }
            callees.put(path, called);
        }
        // Each round hands every caller's events to its callees; a chain of calls needs one per level.
        Map<String, Set<String>> inherited = new HashMap<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (Map.Entry<String, List<String>> e : callees.entrySet()) {
                Set<String> from = new LinkedHashSet<>(events.getOrDefault(e.getKey(), Set.of()));
                from.addAll(inherited.getOrDefault(e.getKey(), Set.of()));
                for (String callee : e.getValue()) {
                    changed |= setOf(inherited, callee).addAll(from);
                }
            }
            if (!changed) {
                break;
            }
        }
        return new ReusableCallers(inherited);
    }

    // Plain code rather than computeIfAbsent with a lambda: workflows are read on a check's
    // start-up path, which links no lambdas of ours (ColdStartLinkageTest).
    private static Set<String> setOf(Map<String, Set<String>> map, String key) {
        Set<String> set = map.get(key);
        if (set == null) {
            set = new LinkedHashSet<>();
            map.put(key, set);
        }
        return set;
    }

    /** The events of the workflows that call the workflow at {@code path}, directly or through others. */
    public Set<String> eventsCalling(String path) {
        return eventsByCallee.getOrDefault(path.replace('\\', '/'), Set.of());
    }

    // `./.github/workflows/_e2e.yml` is relative to the repository root, the folder holding `.github`.
    private static Optional<String> resolve(String callerPath, String uses) {
        int folder = callerPath.lastIndexOf(FOLDER);
        String target = uses.startsWith("./") ? uses.substring(2) : uses;
        if (folder < 0 || !target.startsWith(FOLDER)) {
            return Optional.empty();
        }
        return Optional.of(callerPath.substring(0, folder) + target);
    }
}
