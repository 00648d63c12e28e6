package dev.bulwark.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables interpolation uses: the {@code .env} beside the project (NOTES 3.2, 3.3) and
 * {@code COMPOSE_PROJECT_NAME}. Never the environment of the machine running bulwark, so results
 * do not depend on it: a variable a user would set in their shell is simply unresolved here.
 */
public final class ProjectEnvironment implements VariableSource {
    private final Map<String, EnvVariable> variables;

    ProjectEnvironment(Map<String, EnvVariable> variables) {
        this.variables = new LinkedHashMap<>(variables);
    }

    static ProjectEnvironment empty() {
        return new ProjectEnvironment(new LinkedHashMap<String, EnvVariable>());
    }

    public Optional<EnvVariable> get(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public List<EnvVariable> variables() {
        return new ArrayList<>(variables.values());
    }

    @Override
    public EnvVariable find(String name) {
        return variables.get(name);
    }

    /** A copy where {@code defaults} fill in only the variables not set here (an included project's own {@code .env}). */
    ProjectEnvironment withDefaults(List<EnvVariable> defaults) {
        Map<String, EnvVariable> merged = new LinkedHashMap<>(variables);
        for (EnvVariable v : defaults) {
            if (!merged.containsKey(v.name())) {
                merged.put(v.name(), v);
            }
        }
        return new ProjectEnvironment(merged);
    }

    /** A copy with one variable set (or replaced). */
    ProjectEnvironment with(EnvVariable variable) {
        Map<String, EnvVariable> copy = new LinkedHashMap<>(variables);
        copy.put(variable.name(), variable);
        return new ProjectEnvironment(copy);
    }
}
