package dev.bulwark.rules.images;

import dev.bulwark.core.Splits;
import dev.bulwark.dockerfile.image.ImageName;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tags that follow a development channel rather than a release: {@code nightly}, {@code edge},
 * {@code canary}, branch names such as {@code main}, distribution channels such as Debian's
 * {@code sid} and Fedora's {@code rawhide}. They are rebuilt from unreleased code, so they move by
 * design; a date stamp, commit id or build number in the tag pins one snapshot of the channel.
 */
public final class ChannelTags {
    // Words that mark a development channel wherever they appear in the tag.
    private static final Set<String> CHANNELS = Set.of("nightly", "nightlies", "edge", "canary", "unstable",
            "rolling", "rawhide", "sid", "main", "master", "trunk", "develop", "snapshot", "bleeding");
    // Words that mark a channel only as the first component: `dev`, `dev-gpu`. Later in a tag,
    // `-dev` usually names a flavour with headers and compilers (`2.6.1-gpu-cuda12.0-dev`).
    private static final Set<String> LEADING_CHANNELS = Set.of("dev", "testing", "experimental", "head");

    private ChannelTags() {
    }

    /** The channel word the image's tag follows; empty for release tags, snapshots, digests. */
    public static Optional<String> channel(ImageName image) {
        Optional<String> tag = image.tag();
        if (tag.isEmpty() || image.isPinnedByDigest() || TagPrecision.hasSnapshotStamp(tag.get())) {
            return Optional.empty();
        }
        String[] parts = Splits.onEachOf(tag.get().toLowerCase(Locale.ROOT), TagPrecision.COMPONENT_SEPARATORS);
        for (int i = 0; i < parts.length; i++) {
            if (CHANNELS.contains(parts[i]) || i == 0 && LEADING_CHANNELS.contains(parts[i])) {
                return Optional.of(parts[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * A repository that publishes nightly builds (a {@code nightly} word in its last path
     * component: {@code pytorch/torchserve-nightly}, {@code tensorflow/tensorflow-nightly}); its
     * tags name variants of the latest nightly, not releases.
     */
    public static boolean isNightlyRepository(ImageName image) {
        String name = image.name();
        String last = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        for (String word : Splits.onEachOf(last, TagPrecision.COMPONENT_SEPARATORS)) {
            if (word.equals("nightly") || word.equals("nightlies")) {
                return true;
            }
        }
        return false;
    }
}
