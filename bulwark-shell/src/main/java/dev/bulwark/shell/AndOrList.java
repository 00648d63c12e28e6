package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/** Pipelines joined by {@code &&} and {@code ||}: {@code operators().get(i)} joins pipelines i and i+1. */
public final class AndOrList {
    private final List<Pipeline> pipelines;
    private final List<ChainOperator> operators;
    private final boolean background;
    private final TextRange range;

    private AndOrList(List<Pipeline> pipelines, List<ChainOperator> operators, boolean background, TextRange range) {
        this.pipelines = List.copyOf(pipelines);
        this.operators = List.copyOf(operators);
        this.background = background;
        this.range = range;
    }

    static AndOrList of(List<Pipeline> pipelines, List<ChainOperator> operators, boolean background,
                        TextRange range) {
        AndOrList list = new AndOrList(pipelines, operators, background, range);
        for (Pipeline p : list.pipelines) {
            p.attach(list);
        }
        return list;
    }

    public List<Pipeline> pipelines() {
        return pipelines;
    }

    public List<ChainOperator> operators() {
        return operators;
    }

    /** Whether the list was terminated by {@code &}. */
    public boolean background() {
        return background;
    }

    public TextRange range() {
        return range;
    }
}
