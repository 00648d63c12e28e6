package dev.bulwark.compose;

/** The {@code type} of a service volume (NOTES 3.9). */
public enum VolumeType {
    BIND, VOLUME, TMPFS, IMAGE, NPIPE, CLUSTER,
    /** A long-form {@code type} that is not one of the above (a structure problem is reported). */
    UNKNOWN;

    static VolumeType of(String type) {
        switch (type) {
            case "bind":
                return BIND;
            case "volume":
                return VOLUME;
            case "tmpfs":
                return TMPFS;
            case "image":
                return IMAGE;
            case "npipe":
                return NPIPE;
            case "cluster":
                return CLUSTER;
            default:
                return UNKNOWN;
        }
    }
}
