package dev.bulwark.rules.lifecycle;

import dev.bulwark.dockerfile.image.ImageName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The four questions the end-of-life rules ask of an image, one constant each, so that the
 * Dockerfile, Compose and Kubernetes rules of a kind differ only in where they find images.
 */
public enum ImageVerdict {
    /** Its system or runtime is past its end of support. */
    ENDED {
        @Override
        public List<String> messages(ImageName image, String subject, LocalDate day, int windowDays) {
            List<String> out = new ArrayList<>();
            for (Release r : Lifecycles.endedSystems(image, day)) {
                out.add(Lifecycles.ended(subject, r, day));
            }
            return out;
        }
    },
    /** Its system or runtime ends within the window. */
    ENDING {
        @Override
        public List<String> messages(ImageName image, String subject, LocalDate day, int windowDays) {
            List<String> out = new ArrayList<>();
            for (Release r : Lifecycles.endingSystems(image, day, windowDays)) {
                out.add(Lifecycles.ending(subject, r, day));
            }
            return out;
        }
    },
    /** It is an NVIDIA CUDA image of an unsupported release, whose tags NVIDIA's policy schedules for deletion. */
    CUDA_REMOVED {
        @Override
        public List<String> messages(ImageName image, String subject, LocalDate day, int windowDays) {
            List<String> out = new ArrayList<>();
            for (Release r : Lifecycles.endedCuda(image, day)) {
                out.add(Lifecycles.endedCudaMessage(subject, r, day));
            }
            return out;
        }
    },
    /** It ships a framework release its project no longer supports. */
    FRAMEWORK_ENDED {
        @Override
        public List<String> messages(ImageName image, String subject, LocalDate day, int windowDays) {
            List<String> out = new ArrayList<>();
            for (Release r : Lifecycles.endedFrameworks(image, day)) {
                out.add(Lifecycles.endedFrameworkMessage(subject, "ships", r, day));
            }
            return out;
        }
    };

    /** One message per finding about {@code image}, named {@code subject} ("image `python:3.8`"), on {@code day}. */
    public abstract List<String> messages(ImageName image, String subject, LocalDate day, int windowDays);
}
