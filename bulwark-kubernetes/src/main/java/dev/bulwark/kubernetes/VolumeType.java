package dev.bulwark.kubernetes;

/** The source of a pod volume: the key that names it in {@code volumes[]}. */
public enum VolumeType {
    HOST_PATH("hostPath"),
    /** {@code emptyDir}, also a volume with no source at all (the API defaults it to {@code emptyDir: {}}). */
    EMPTY_DIR("emptyDir"),
    PERSISTENT_VOLUME_CLAIM("persistentVolumeClaim"),
    /** A generic ephemeral volume: a PVC created with the pod from {@code ephemeral.volumeClaimTemplate}. */
    EPHEMERAL("ephemeral"),
    CONFIG_MAP("configMap"),
    SECRET("secret"),
    PROJECTED("projected"),
    DOWNWARD_API("downwardAPI"),
    CSI("csi"),
    NFS("nfs"),
    /** An OCI image or artifact mounted read-only ({@code image.reference}, Kubernetes 1.31+). */
    IMAGE("image"),
    /** Any other source (cloud disks, iSCSI, flexVolume...). */
    OTHER("");

    private final String key;

    VolumeType(String key) {
        this.key = key;
    }

    /** The key in a volume item, {@code ""} for {@link #OTHER}. */
    public String key() {
        return key;
    }
}
