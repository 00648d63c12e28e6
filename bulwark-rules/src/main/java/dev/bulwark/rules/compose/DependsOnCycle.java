package dev.bulwark.rules.compose;

import dev.bulwark.compose.Dependency;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Services whose {@code depends_on} entries form a cycle ({@code a} needs {@code b}, which needs
 * {@code a}; or a service that depends on itself). Compose cannot order their start and refuses
 * the project ("dependency cycle detected"). Each cycle is reported once, at the entry of the
 * first service of the cycle in file order, naming the whole loop; the other entries are related
 * places.
 */
@RuleInfo(code = "DC014", name = "depends-on-cycle", practice = Practice.SERVICE_DEPENDENCIES,
        severity = Severity.ERROR,
        summary = "`depends_on` entries form a cycle, which Compose refuses.",
        fix = "Break the cycle: remove the dependency that is not needed at start, and let that service retry its connection.")
public final class DependsOnCycle implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        List<Service> services = ctx.project().services();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            index.put(services.get(i).name(), i);
        }
        for (List<Integer> component : StronglyConnected.components(services, index)) {
            int first = component.get(0);
            for (int c : component) {
                first = Math.min(first, c);
            }
            List<Integer> loop = shortestLoop(services, index, first, new HashSet<>(component));
            if (loop.isEmpty()) {
                continue;
            }
            report(sink, services, loop);
        }
    }

    /** The shortest path from {@code start} back to itself inside the component; empty when there is none. */
    private static List<Integer> shortestLoop(List<Service> services, Map<String, Integer> index, int start,
                                              Set<Integer> component) {
        Map<Integer, Integer> previous = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            for (Dependency d : services.get(at).dependsOn()) {
                Integer next = index.get(d.service());
                if (next == null || !component.contains(next)) {
                    continue;
                }
                if (next == start) {
                    List<Integer> path = new ArrayList<>();
                    for (Integer p = at; p != null && p != start; p = previous.get(p)) {
                        path.add(0, p);
                    }
                    path.add(0, start);
                    return path;
                }
                if (!previous.containsKey(next)) {
                    previous.put(next, at);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    private static void report(SpanSink sink, List<Service> services, List<Integer> loop) {
        StringBuilder names = new StringBuilder();
        List<RelatedLocation> related = new ArrayList<>();
        Dependency firstEntry = null;
        for (int i = 0; i < loop.size(); i++) {
            Service from = services.get(loop.get(i));
            Service to = services.get(loop.get((i + 1) % loop.size()));
            names.append('`').append(from.name()).append("` -> ");
            Dependency entry = entry(from, to.name());
            if (i == 0) {
                firstEntry = entry;
            } else {
                related.add(RelatedLocation.of(entry.serviceSpan(), "`" + from.name() + "` depends on `" + to.name() + "`"));
            }
        }
        names.append('`').append(services.get(loop.get(0)).name()).append('`');
        sink.report(firstEntry.serviceSpan(), "depends_on cycle " + names, related);
    }

    private static Dependency entry(Service from, String to) {
        for (Dependency d : from.dependsOn()) {
            if (d.service().equals(to)) {
                return d;
            }
        }
        throw new IllegalStateException("no entry from " + from.name() + " to " + to);
    }

    /** Tarjan's algorithm, iterative: the components that hold a cycle (several services, or a self-dependency). */
    static final class StronglyConnected {
        private final List<Service> services;
        private final Map<String, Integer> index;
        private final int[] order;
        private final int[] low;
        private final boolean[] onStack;
        private final Deque<Integer> stack = new ArrayDeque<>();
        private final List<List<Integer>> found = new ArrayList<>();
        private int counter;

        private StronglyConnected(List<Service> services, Map<String, Integer> index) {
            this.services = services;
            this.index = index;
            this.order = new int[services.size()];
            this.low = new int[services.size()];
            this.onStack = new boolean[services.size()];
            java.util.Arrays.fill(order, -1);
        }

        static List<List<Integer>> components(List<Service> services, Map<String, Integer> index) {
            StronglyConnected t = new StronglyConnected(services, index);
            for (int i = 0; i < services.size(); i++) {
                if (t.order[i] < 0) {
                    t.visit(i);
                }
            }
            return t.found;
        }

        private List<Integer> successors(int node) {
            List<Integer> out = new ArrayList<>();
            for (Dependency d : services.get(node).dependsOn()) {
                Integer next = index.get(d.service());
                if (next != null) {
                    out.add(next);
                }
            }
            return out;
        }

        private void visit(int root) {
            // Each frame: the node and the position in its successor list.
            Deque<int[]> frames = new ArrayDeque<>();
            Map<Integer, List<Integer>> successors = new HashMap<>();
            enter(root, frames, successors);
            while (!frames.isEmpty()) {
                int[] frame = frames.peek();
                int node = frame[0];
                List<Integer> next = successors.get(node);
                if (frame[1] < next.size()) {
                    int w = next.get(frame[1]++);
                    if (order[w] < 0) {
                        enter(w, frames, successors);
                    } else if (onStack[w]) {
                        low[node] = Math.min(low[node], order[w]);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    int parent = frames.peek()[0];
                    low[parent] = Math.min(low[parent], low[node]);
                }
                if (low[node] == order[node]) {
                    List<Integer> component = new ArrayList<>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component.add(w);
                    } while (w != node);
                    if (component.size() > 1 || next.contains(node)) {
                        found.add(component);
                    }
                }
            }
        }

        private void enter(int node, Deque<int[]> frames, Map<Integer, List<Integer>> successors) {
            order[node] = counter;
            low[node] = counter;
            counter++;
            stack.push(node);
            onStack[node] = true;
            successors.put(node, successors(node));
            frames.push(new int[] {node, 0});
        }
    }
}
