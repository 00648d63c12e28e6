package dev.bulwark.dockerfile.image;

/** Where the version of an image reference starts in its text, by hand (the Dockerfile path compiles no pattern). */
public final class ReferenceText {
    private ReferenceText() {
    }

    /**
     * The offset of the {@code :TAG} or {@code @DIGEST} that ends {@code text}, or its length when it
     * has neither: a colon counts only after the last slash, where it cannot be a registry's port.
     */
    public static int versionStart(String text) {
        int at = text.indexOf('@');
        if (at >= 0) {
            int colon = text.lastIndexOf(':', at);
            return colon > text.lastIndexOf('/', at) ? colon : at;
        }
        int colon = text.lastIndexOf(':');
        return colon > text.lastIndexOf('/') ? colon : text.length();
    }
}
