package dev.bulwark.project;

import java.util.List;

/** Declarations read once from another provider, handed to several resolvers and the project graph. */
public record DeclaredContexts(List<ContextDeclaration> declarations) implements ContextProvider {

    public DeclaredContexts {
        declarations = List.copyOf(declarations);
    }
}
