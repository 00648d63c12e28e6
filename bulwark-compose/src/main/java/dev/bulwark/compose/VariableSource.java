package dev.bulwark.compose;

/** Where interpolation looks variables up. */
interface VariableSource {

    /** The variable, or null when unset. */
    EnvVariable find(String name);
}
