package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import java.util.Optional;

/**
 * One entry of a resource list ({@code memory: 1Gi}): the resource name, where it is written, and
 * the parsed quantity (empty when the API would reject the text; the reader reports it).
 */
public final class ResourceQuantity {
    private final Field field;
    private final Quantity quantity;

    ResourceQuantity(Field field, Quantity quantity) {
        this.field = field;
        this.quantity = quantity;
    }

    /** The resource name: {@code cpu}, {@code memory}, {@code nvidia.com/gpu}, {@code requests.storage}... */
    public String name() {
        return field.key();
    }

    public Field field() {
        return field;
    }

    /** From the resource name through the quantity. */
    public Span span() {
        return field.span();
    }

    public Optional<Quantity> quantity() {
        return Optional.ofNullable(quantity);
    }

    /** The text as written. */
    public String text() {
        return field.textOrEmpty();
    }

    /** True when the quantity parsed and is greater than zero. */
    public boolean isPositive() {
        return quantity != null && quantity.isPositive();
    }

    @Override
    public String toString() {
        return name() + "=" + text();
    }
}
