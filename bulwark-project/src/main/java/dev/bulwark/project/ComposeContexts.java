package dev.bulwark.project;

import dev.bulwark.compose.Build;
import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.KeyValue;
import dev.bulwark.compose.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The builds the Compose projects declare: every service's {@code build} (short or long form, as
 * the Compose model resolved it: context against its file's folder, {@code dockerfile} against
 * the context). Remote contexts, {@code dockerfile_inline} and values with unresolved variables
 * declare nothing here: there is no Dockerfile on disk to tie them to.
 */
public final class ComposeContexts implements ContextProvider {
    private final List<ComposeProject> projects;

    public ComposeContexts(List<ComposeProject> projects) {
        this.projects = List.copyOf(projects);
    }

    public List<ComposeProject> projects() {
        return projects;
    }

    // The service's `image:` names what it builds, unless the build stops at a `target` stage.
    private static List<String> tags(Service service) {
        Optional<ComposeScalar> image = service.image();
        if (image.isEmpty() || image.get().isUnresolved() || service.build().get().target().isPresent()) {
            return List.of();
        }
        return List.of(imageName(image.get()));
    }

    /**
     * A Compose {@code image:} as the project graph compares it: the value after interpolation,
     * without its tag when the tag was written as a variable ({@code app:${TAG:-dev}} may be any
     * tag, not only the default).
     */
    public static String imageName(ComposeScalar image) {
        String value = image.value().strip();
        String raw = image.raw();
        int colon = raw.lastIndexOf(':');
        if (colon > raw.lastIndexOf('/') && raw.indexOf('$', colon) >= 0 || raw.endsWith("}") && raw.contains(":$")) {
            int tag = value.lastIndexOf(':');
            return tag > value.lastIndexOf('/') ? value.substring(0, tag) : value;
        }
        return value;
    }

    @Override
    public List<ContextDeclaration> declarations() {
        List<ContextDeclaration> out = new ArrayList<>();
        for (ComposeProject project : projects) {
            for (Service service : project.services()) {
                Optional<Build> build = service.build();
                if (build.isEmpty() || build.get().isRemoteContext() || build.get().dockerfileInline().isPresent()) {
                    continue;
                }
                Build b = build.get();
                if ((b.context().isPresent() && b.context().get().isUnresolved())
                        || (b.dockerfile().isPresent() && b.dockerfile().get().isUnresolved())) {
                    continue;
                }
                Optional<Path> context = b.contextPath();
                Optional<Path> dockerfile = b.dockerfilePath();
                if (context.isEmpty() || dockerfile.isEmpty()) {
                    continue;
                }
                List<String> named = new ArrayList<>();
                for (KeyValue kv : b.additionalContexts()) {
                    named.add(kv.key());
                }
                out.add(new ContextDeclaration(ContextSource.COMPOSE, dockerfile.get(), context.get(), named,
                        Optional.of(b.span()), "service `" + service.name() + "` in " + b.span().path(), tags(service)));
            }
        }
        return out;
    }
}
