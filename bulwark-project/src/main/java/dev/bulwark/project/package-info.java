/**
 * Build contexts: for each Dockerfile, the folder(s) it is built from and how that is known
 * ({@link dev.bulwark.project.ContextSource}: a Compose {@code build:}, or inferred from where its
 * COPY sources exist), the ignore file Docker would use (spec 2.1), and what the context really
 * sends, from a streamed, bounded walk of a {@link dev.bulwark.project.ContextTree} (the disk, or
 * a repository's {@code TREE.tsv} listing). Declarations come from {@link
 * dev.bulwark.project.ContextProvider}s, so other sources (bake files, scripts, CI workflows) add
 * contexts without this package knowing their models. The {@link dev.bulwark.project.ProjectGraph}
 * ties the declared image names, the Compose services and the Kubernetes containers that run them,
 * and the {@code FROM} lines of the Dockerfiles together.
 *
 * <p>Everything here is total: unreadable folders, symlink loops and trees past the limits are
 * problems in the result, never exceptions; the walk never follows a symlink (Docker sends a
 * link as a link), so it cannot leave the context or loop.
 */
package dev.bulwark.project;
