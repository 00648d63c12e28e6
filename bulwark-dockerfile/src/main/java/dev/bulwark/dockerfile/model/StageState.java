package dev.bulwark.dockerfile.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an instruction runs with: one snapshot, shared by consecutive instructions that change nothing. */
record StageState(Map<String, Variable> variables, Optional<UserSpec> user, Optional<String> workdir,
                  List<String> shell) {

    static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    StageState withVariables(Map<String, Variable> v) {
        return new StageState(v, user, workdir, shell);
    }

    StageState withUser(UserSpec u) {
        return new StageState(variables, Optional.of(u), workdir, shell);
    }

    StageState withWorkdir(String w) {
        return new StageState(variables, user, Optional.of(w), shell);
    }

    StageState withShell(List<String> s) {
        return new StageState(variables, user, workdir, List.copyOf(s));
    }
}
