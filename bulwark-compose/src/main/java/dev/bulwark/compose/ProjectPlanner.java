package dev.bulwark.compose;

import dev.bulwark.yaml.YamlDocument;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which Compose files found in a run form one project (a pure function of names and
 * parsed content). The heuristic, folder by folder:
 *
 * <ol>
 *   <li>The <b>main file</b> is the first of {@code compose.yaml}, {@code compose.yml},
 *       {@code docker-compose.yml}, {@code docker-compose.yaml} present (NOTES 3.2); the first of
 *       {@code compose.override.yml}, {@code compose.override.yaml},
 *       {@code docker-compose.override.yml}, {@code docker-compose.override.yaml} is applied on it,
 *       as {@code docker compose} does with no {@code -f}. Without a main file, that override
 *       file is treated as a variant.</li>
 *   <li>Every other file is a <b>variant</b> ({@code compose.prod.yaml},
 *       {@code docker-compose.gpu.yml}, {@code compose_tgi.yaml}, another main-file name). A
 *       variant is <b>complete</b> when every service it defines has {@code image}, {@code build}
 *       or {@code extends} (or it defines none): it is then a project of its own.</li>
 *   <li>An incomplete variant is an <b>overlay</b>, loaded as {@code -f base -f variant}. Its base
 *       is the file of the folder whose name, extension removed, is the longest proper prefix of
 *       the variant's followed by {@code .}, {@code _} or {@code -} ({@code compose_tgi.yaml} for
 *       {@code compose_tgi.telemetry.yaml}), else the main file; when the base is itself an
 *       overlay, its own base comes first. With no base at all it is loaded alone, partial.</li>
 * </ol>
 * A file that did not parse is a project of its own, so its problems are reported.
 */
public final class ProjectPlanner {
    private static final String[] MAIN_NAMES = {"compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"};
    private static final String[] OVERRIDE_NAMES = {"compose.override.yml", "compose.override.yaml",
        "docker-compose.override.yml", "docker-compose.override.yaml"};

    private ProjectPlanner() {
    }

    /** The projects, in the order of the inputs' first files; every input is owned by exactly one. */
    public static List<PlannedProject> plan(List<PlannerInput> inputs) {
        Map<Path, List<PlannerInput>> folders = new LinkedHashMap<>();
        for (PlannerInput input : inputs) {
            Path dir = input.path().toAbsolutePath().normalize().getParent();
            List<PlannerInput> list = folders.get(dir);
            if (list == null) {
                list = new ArrayList<>();
                folders.put(dir, list);
            }
            list.add(input);
        }
        List<PlannedProject> projects = new ArrayList<>();
        for (List<PlannerInput> folder : folders.values()) {
            planFolder(folder, projects);
        }
        return projects;
    }

    private static void planFolder(List<PlannerInput> folder, List<PlannedProject> projects) {
        Map<String, PlannerInput> byName = new LinkedHashMap<>();
        for (PlannerInput input : folder) {
            byName.put(fileName(input.path()), input);
        }
        PlannerInput main = first(byName, MAIN_NAMES);
        PlannerInput override = main == null ? null : first(byName, OVERRIDE_NAMES);
        Set<PlannerInput> taken = new HashSet<>();
        Map<PlannerInput, List<Path>> chains = new HashMap<>();
        if (main != null) {
            List<Path> files = new ArrayList<>();
            files.add(main.path());
            taken.add(main);
            if (override != null) {
                files.add(override.path());
                taken.add(override);
            }
            projects.add(new PlannedProject(PlannedProject.Kind.MAIN, files, files));
            List<Path> mainOnly = new ArrayList<>();
            mainOnly.add(main.path());
            chains.put(main, mainOnly);
        }
        for (PlannerInput variant : folder) {
            if (taken.contains(variant)) {
                continue;
            }
            if (!variant.yaml().problems().isEmpty() || isComplete(variant)) {
                List<Path> files = List.of(variant.path());
                chains.put(variant, files);
                projects.add(new PlannedProject(PlannedProject.Kind.STANDALONE, files, files));
                continue;
            }
            List<Path> chain = chain(variant, folder, main, chains, new HashSet<PlannerInput>());
            List<Path> owned = List.of(variant.path());
            projects.add(new PlannedProject(chain.size() == 1 ? PlannedProject.Kind.ORPHAN_OVERLAY
                    : PlannedProject.Kind.OVERLAY, chain, owned));
        }
    }

    /** The {@code -f} files of {@code file}: its base's chain, then itself. */
    private static List<Path> chain(PlannerInput file, List<PlannerInput> folder, PlannerInput main,
                                    Map<PlannerInput, List<Path>> chains, Set<PlannerInput> visiting) {
        List<Path> known = chains.get(file);
        if (known != null) {
            return known;
        }
        List<Path> result = new ArrayList<>();
        if (visiting.add(file)) {
            PlannerInput base = base(file, folder, main);
            if (base != null && (isComplete(base) || !base.yaml().problems().isEmpty() || base == main)) {
                List<Path> baseChain = chains.get(base);
                result.addAll(baseChain != null ? baseChain : List.of(base.path()));
            } else if (base != null) {
                result.addAll(chain(base, folder, main, chains, visiting));
            }
        }
        result.add(file.path());
        chains.put(file, result);
        return result;
    }

    /** The file whose stem is the longest prefix of this one's (then {@code . _ -}), else the main file. */
    private static PlannerInput base(PlannerInput file, List<PlannerInput> folder, PlannerInput main) {
        String stem = stem(fileName(file.path()));
        PlannerInput best = null;
        int bestLength = -1;
        for (PlannerInput other : folder) {
            if (other == file) {
                continue;
            }
            String s = stem(fileName(other.path()));
            if (s.length() < stem.length() && stem.startsWith(s) && ".-_".indexOf(stem.charAt(s.length())) >= 0
                    && s.length() > bestLength) {
                best = other;
                bestLength = s.length();
            }
        }
        if (best != null) {
            return best;
        }
        return main != null && main != file ? main : null;
    }

    /** Every service defined has {@code image}, {@code build} or {@code extends} (merge keys applied by the YAML loader). */
    static boolean isComplete(PlannerInput input) {
        Map<String, Boolean> services = new LinkedHashMap<>();
        for (YamlDocument doc : input.yaml().documents()) {
            if (!(doc.root() instanceof YamlMapping root)) {
                continue;
            }
            YamlNode s = root.get("services").orElse(null);
            if (!(s instanceof YamlMapping servicesNode)) {
                continue;
            }
            for (YamlEntry e : servicesNode.entries()) {
                String name = e.keyText().orElse("");
                boolean whole = e.value() instanceof YamlMapping m
                        && (m.get("image").isPresent() || m.get("build").isPresent() || m.get("extends").isPresent());
                Boolean before = services.get(name);
                services.put(name, (before != null && before) || whole);
            }
        }
        for (Boolean whole : services.values()) {
            if (!whole) {
                return false;
            }
        }
        return true;
    }

    private static PlannerInput first(Map<String, PlannerInput> byName, String[] names) {
        for (String n : names) {
            PlannerInput found = byName.get(n);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String fileName(Path p) {
        Path name = p.getFileName();
        return name == null ? "" : name.toString();
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
