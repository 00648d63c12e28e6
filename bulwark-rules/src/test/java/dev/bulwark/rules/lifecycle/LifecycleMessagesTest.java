package dev.bulwark.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the end-of-life messages suggest and claim: never a release that has itself ended, never a deletion that has not happened. */
class LifecycleMessagesTest {

    private static List<String> messages(ImageVerdict verdict, String reference, String day) {
        ImageName image = (ImageName) ImageReference.parse(reference);
        return verdict.messages(image, "image `" + reference + "`", LocalDate.parse(day), 90);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
            // Within the cadence of the newest release the table knows, it is named.
            "pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime | 2026-05-20 | move to PyTorch 2.12 or later",
            "tensorflow/tensorflow:1.15.5-gpu | 2026-04-01 | move to TensorFlow 2.21 or later",
            // Past it a newer release has probably shipped that the table does not know.
            "pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime | 2026-12-07 | move to the latest PyTorch release",
            "pytorch/pytorch:2.9.1-cuda12.8-cudnn9-runtime | 2026-12-07 | move to the latest PyTorch release",
            "tensorflow/tensorflow:1.15.5-gpu | 2026-12-07 | move to the latest TensorFlow release",
    })
    void aFrameworkSuggestionIsTheLatestReleaseOnlyWhileTheTableCanKnowIt(String reference, String day, String suggestion) {
        assertThat(messages(ImageVerdict.FRAMEWORK_ENDED, reference, day)).singleElement().asString()
                .endsWith(": " + suggestion);
    }

    @Test
    void everyNamedFrameworkSuggestionIsSupportedOnTheDay() {
        for (Product product : List.of(Product.PYTORCH, Product.TENSORFLOW, Product.JAX)) {
            for (LocalDate day = LocalDate.of(2023, 1, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(7)) {
                for (Release r : EndOfLifeTable.rows()) {
                    if (r.product() != product || r.supportedOn(day)) {
                        continue;
                    }
                    String message = Lifecycles.endedFrameworkMessage("pin", "installs", r, day);
                    for (Release named : EndOfLifeTable.rows()) {
                        if (named.product() == product && message.endsWith("move to " + named.display() + " or later")) {
                            assertThat(EndOfLifeTable.knowsLatest(product, day)).as("%s on %s", message, day).isTrue();
                            assertThat(named.supportedOn(day)).as("%s on %s", message, day).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void goSuggestsAReleaseThatOutlivesTheMarginOrTheLatest() {
        assertThat(messages(ImageVerdict.ENDED, "golang:1.25-alpine", "2026-12-07")).singleElement().asString()
                .endsWith(": move to Go 1.27 or later");
        assertThat(messages(ImageVerdict.ENDED, "golang:1.22", "2027-06-01")).singleElement().asString()
                .endsWith(": move to the latest Go release");
    }

    @Test
    void anEstimatedEndIsSaidToBeOne() {
        assertThat(messages(ImageVerdict.ENDING, "golang:1.26", "2026-12-07")).singleElement().asString()
                .contains("ends around 2027-02-09 (an estimate from Go's release cadence), in about 64 days")
                .endsWith(": plan the move to Go 1.27 or later");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
            "nvidia/cuda:10.2-cudnn7-devel-ubuntu18.04 | 2026-12-07 | lets them be deleted from Docker Hub and NGC at any time since 2023-07-01",
            "nvidia/cuda:12.4.0-runtime-ubuntu22.04 | 2026-12-07 | lets them be deleted from Docker Hub and NGC at any time since 2024-11-01",
            "nvidia/cuda:13.1.0-runtime-ubuntu24.04 | 2026-03-01 | schedules them for deletion from Docker Hub and NGC on 2026-07-23",
    })
    void cudaTagsAreScheduledForDeletionNeverSaidToBeGone(String reference, String day, String removal) {
        assertThat(messages(ImageVerdict.CUDA_REMOVED, reference, day)).singleElement().asString()
                .contains("its tags get no fixes, and NVIDIA's policy " + removal)
                .doesNotContain("are deleted").doesNotContain("builds from them then fail");
    }

    @Test
    void cuda114EndedWithDriverBranchR470() {
        assertThat(messages(ImageVerdict.CUDA_REMOVED, "nvidia/cuda:11.4.3-runtime-ubuntu20.04", "2024-07-30")).isEmpty();
        assertThat(messages(ImageVerdict.CUDA_REMOVED, "nvidia/cuda:11.4.3-runtime-ubuntu20.04", "2024-08-01"))
                .singleElement().asString().contains("reached end of life on 2024-07-31");
    }

    @Test
    void ubuntuEsmIsTenYears() {
        assertThat(messages(ImageVerdict.ENDED, "ubuntu:24.04", "2029-06-01")).singleElement().asString()
                .contains("(Ubuntu Pro ESM until 2034-04-25)");
    }
}
