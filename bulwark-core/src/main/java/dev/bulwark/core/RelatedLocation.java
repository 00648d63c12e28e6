package dev.bulwark.core;

import java.util.Objects;

/**
 * A second place a finding involves, shown beside its main location: the service that inherits a
 * value through a YAML anchor or {@code extends}, the file that overrides it. {@code message} says
 * what the place is ("in service `api`"). The range points into the file named by {@code location}.
 */
public record RelatedLocation(Location location, TextRange range, String message) {

    public RelatedLocation {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(message, "message");
    }

    public static RelatedLocation of(Span span, String message) {
        return new RelatedLocation(span.location(), span.range(), message);
    }

    public String path() {
        return location.path();
    }
}
