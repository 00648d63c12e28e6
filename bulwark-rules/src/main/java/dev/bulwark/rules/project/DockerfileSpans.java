package dev.bulwark.rules.project;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.util.List;

/** Places in the Dockerfile that findings in Compose files and manifests point back to. */
final class DockerfileSpans {
    private DockerfileSpans() {
    }

    /** The Dockerfile line a finding elsewhere is about, as a related place. */
    static List<RelatedLocation> related(ProjectCheck ctx, TextRange range, String message) {
        return List.of(RelatedLocation.of(new Span(ctx.model().file().source(), range), message));
    }

    /** "line 7" of the Dockerfile. */
    static String line(ProjectCheck ctx, TextRange range) {
        return "line " + ctx.model().file().source().location(range).line();
    }
}
