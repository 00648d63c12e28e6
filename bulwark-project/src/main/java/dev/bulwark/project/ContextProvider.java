package dev.bulwark.project;

import java.util.List;

/**
 * A source of build declarations: Compose projects, bake files, scripts and CI workflows
 * implement the same interface, each built from its own model, so this module needs none of them.
 * Implementations are total and do no I/O beyond what their model already read.
 */
public interface ContextProvider {

    List<ContextDeclaration> declarations();
}
