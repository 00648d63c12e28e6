package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded Compose project: the files given (main first, then overrides), every file read on the
 * way ({@code .env}, env files, extends and included files), the merged model, the services in
 * order with their canonical views, the top-level resources, and every problem found, each in the
 * file where it is. Loading never throws on bad input: what could not be read or understood is a
 * {@link ComposeProblem}.
 */
public final class ComposeProject {
    private final String name;
    private final Optional<Path> directory;
    private final List<SourceText> files;
    private final List<SourceText> sources;
    private final ComposeMapping model;
    private final ProjectEnvironment environment;
    private final Map<String, Service> services;
    private final List<NamedResource> volumes;
    private final List<NamedResource> networks;
    private final List<FileObject> secrets;
    private final List<FileObject> configs;
    private final List<ComposeEntry> versionKeys;
    private final List<ComposeProblem> problems;

    ComposeProject(String name, Optional<Path> directory, List<SourceText> files, List<SourceText> sources,
                   ComposeMapping model, ProjectEnvironment environment, List<Service> services,
                   List<NamedResource> volumes, List<NamedResource> networks, List<FileObject> secrets,
                   List<FileObject> configs, List<ComposeEntry> versionKeys, List<ComposeProblem> problems) {
        this.name = name;
        this.directory = directory;
        this.files = List.copyOf(files);
        this.sources = List.copyOf(sources);
        this.model = model;
        this.environment = environment;
        this.services = new LinkedHashMap<>();
        for (Service s : services) {
            this.services.put(s.name(), s);
        }
        this.volumes = List.copyOf(volumes);
        this.networks = List.copyOf(networks);
        this.secrets = List.copyOf(secrets);
        this.configs = List.copyOf(configs);
        this.versionKeys = List.copyOf(versionKeys);
        this.problems = List.copyOf(problems);
    }

    /** The project name (from {@code .env}'s {@code COMPOSE_PROJECT_NAME}, {@code name:}, or the directory), normalised; may be empty. */
    public String name() {
        return name;
    }

    /** The project directory (the first file's, unless given); empty for standard input. */
    public Optional<Path> directory() {
        return directory;
    }

    /** The Compose files given, in {@code -f} order. */
    public List<SourceText> files() {
        return files;
    }

    /** Every text the project was read from, the given files first: spans of the model point into these. */
    public List<SourceText> sources() {
        return sources;
    }

    /** The merged model (after include, extends, overrides and the uniqueness pass). */
    public ComposeMapping model() {
        return model;
    }

    /** The interpolation variables ({@code .env} and {@code COMPOSE_PROJECT_NAME}). */
    public ProjectEnvironment environment() {
        return environment;
    }

    /** The services in order of definition (the first file's order, then new services of later files and includes). */
    public List<Service> services() {
        return new ArrayList<>(services.values());
    }

    public Optional<Service> service(String serviceName) {
        return Optional.ofNullable(services.get(serviceName));
    }

    /** The services whose {@code depends_on} names {@code serviceName}. */
    public List<Service> dependents(String serviceName) {
        List<Service> result = new ArrayList<>();
        for (Service s : services.values()) {
            for (Dependency d : s.dependsOn()) {
                if (d.service().equals(serviceName)) {
                    result.add(s);
                    break;
                }
            }
        }
        return result;
    }

    public List<NamedResource> volumes() {
        return volumes;
    }

    public Optional<NamedResource> volume(String volumeName) {
        for (NamedResource v : volumes) {
            if (v.name().equals(volumeName)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public List<NamedResource> networks() {
        return networks;
    }

    public List<FileObject> secrets() {
        return secrets;
    }

    public Optional<FileObject> secret(String secretName) {
        for (FileObject s : secrets) {
            if (s.name().equals(secretName)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public List<FileObject> configs() {
        return configs;
    }

    /** The top-level {@code version} entries of every file that has one (obsolete; Compose ignores it). */
    public List<ComposeEntry> versionKeys() {
        return versionKeys;
    }

    /**
     * Every problem, YAML syntax problems of all files included (the engine reports them from
     * here, once), in the order found, without duplicates.
     */
    public List<ComposeProblem> problems() {
        return problems;
    }

    /** True when no problem would make Compose refuse the project (undefined variables only warn). */
    public boolean isValid() {
        for (ComposeProblem p : problems) {
            if (p.kind().refusedByCompose()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ComposeProject[" + name + ", " + services.size() + " services]";
    }
}
