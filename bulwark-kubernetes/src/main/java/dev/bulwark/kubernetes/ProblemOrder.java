package dev.bulwark.kubernetes;

import java.util.Comparator;

/** Orders problems by position, then message: reports are sorted and deterministic. */
final class ProblemOrder implements Comparator<ManifestProblem> {
    @Override
    public int compare(ManifestProblem a, ManifestProblem b) {
        int c = a.span().range().compareTo(b.span().range());
        return c != 0 ? c : a.message().compareTo(b.message());
    }
}
