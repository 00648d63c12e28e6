package dev.bulwark.kubernetes;

import java.util.List;
import java.util.Optional;

/** The volumes and claim templates a pod's mounts can name; the first of a name wins. */
final class PodVolumes {
    private final List<Volume> volumes;
    private final List<PersistentVolumeClaim> claimTemplates;

    PodVolumes(List<Volume> volumes, List<PersistentVolumeClaim> claimTemplates) {
        this.volumes = volumes;
        this.claimTemplates = claimTemplates;
    }

    List<Volume> volumes() {
        return volumes;
    }

    List<PersistentVolumeClaim> claimTemplates() {
        return claimTemplates;
    }

    Optional<Volume> volume(String name) {
        for (Volume v : volumes) {
            if (v.nameText().equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    Optional<PersistentVolumeClaim> claimTemplate(String name) {
        for (PersistentVolumeClaim c : claimTemplates) {
            if (c.nameText().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
