package dev.bulwark.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Go's filepath.Match, as COPY sources use it. */
class CopyGlobTest {
    @Test
    void starsStayWithinOneSegmentAndDoubleStarIsNotSpecial() {
        assertThat(CopyGlob.matches("*.py", "app.py")).isTrue();
        assertThat(CopyGlob.matches("*.py", "src/app.py")).isFalse();
        assertThat(CopyGlob.matches("**/*.py", "src/app.py")).isTrue();
        assertThat(CopyGlob.matches("**/*.py", "a/b/app.py")).isFalse();
        assertThat(CopyGlob.matches("a?c", "abc")).isTrue();
        assertThat(CopyGlob.matches("a?c", "a/c")).isFalse();
        assertThat(CopyGlob.matches("[a-c]x", "bx")).isTrue();
        assertThat(CopyGlob.matches("[^a-c]x", "bx")).isFalse();
        assertThat(CopyGlob.matches("\\*", "*")).isTrue();
        assertThat(CopyGlob.matches("[", "[")).isFalse();
        assertThat(CopyGlob.matches("a*b*c*d", "a" + "b".repeat(5000) + "x")).isFalse();
    }

    @Test
    void aMatchedFolderCopiesEverythingBelow() {
        assertThat(CopyGlob.copies(".", "any/thing")).isTrue();
        assertThat(CopyGlob.copies("models", "models/a/b.pt")).isTrue();
        assertThat(CopyGlob.copies("mod*", "models/a/b.pt")).isTrue();
        assertThat(CopyGlob.copies("src/models", "models/b.pt")).isFalse();
        assertThat(CopyGlob.hasWildcard("a\\*b")).isFalse();
        assertThat(CopyGlob.hasWildcard("a*b")).isTrue();
    }
}
