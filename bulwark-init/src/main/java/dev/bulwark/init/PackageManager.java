package dev.bulwark.init;

/** How a project declares and locks its Python dependencies, which decides how the builder stage installs them. */
public enum PackageManager {
    /** {@code requirements.txt}, or a {@code pyproject.toml} installed with pip. */
    PIP("pip"),
    /** {@code pyproject.toml} with {@code uv.lock}. */
    UV("uv"),
    /** {@code pyproject.toml} with {@code [tool.poetry]} or {@code poetry.lock}. */
    POETRY("poetry");

    private final String label;

    PackageManager(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
