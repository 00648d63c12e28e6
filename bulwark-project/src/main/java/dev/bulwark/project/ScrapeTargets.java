package dev.bulwark.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scrape targets of the Prometheus configurations of a run, each kept with its repository
 * ({@link RepositoryRoots}), so a Compose project is only ever scraped by a configuration of its
 * own repository: a service named {@code api} in one repository is not another's {@code api:8000}.
 */
public final class ScrapeTargets {
    private static final ScrapeTargets NONE = new ScrapeTargets(List.of(), List.of(), null);

    private final List<Path> roots;
    private final List<List<ScrapeTarget>> targets;
    private final RepositoryRoots repositories;

    private ScrapeTargets(List<Path> roots, List<List<ScrapeTarget>> targets, RepositoryRoots repositories) {
        this.roots = roots;
        this.targets = targets;
        this.repositories = repositories;
    }

    public static ScrapeTargets none() {
        return NONE;
    }

    /** One configuration file read from disk, and its targets. */
    public record Config(Path file, List<ScrapeTarget> targets) {
    }

    public static ScrapeTargets of(List<Config> configs) {
        if (configs.isEmpty()) {
            return NONE;
        }
        RepositoryRoots repositories = new RepositoryRoots();
        List<Path> roots = new ArrayList<>();
        List<List<ScrapeTarget>> targets = new ArrayList<>();
        for (Config c : configs) {
            Path root = repositories.of(c.file());
            int i = roots.indexOf(root);
            if (i < 0) {
                roots.add(root);
                targets.add(new ArrayList<>());
                i = roots.size() - 1;
            }
            targets.get(i).addAll(c.targets());
        }
        return new ScrapeTargets(roots, targets, repositories);
    }

    /** The targets of the configurations in the repository of a file (a Compose file). */
    public List<ScrapeTarget> inRepositoryOf(Path file) {
        if (roots.isEmpty()) {
            return List.of();
        }
        int i = roots.indexOf(repositories.of(file));
        return i < 0 ? List.of() : List.copyOf(targets.get(i));
    }
}
