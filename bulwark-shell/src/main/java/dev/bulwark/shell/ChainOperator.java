package dev.bulwark.shell;

/** The operators joining the pipelines of an and-or list. */
public enum ChainOperator {
    AND("&&"),
    OR("||");

    private final String text;

    ChainOperator(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
