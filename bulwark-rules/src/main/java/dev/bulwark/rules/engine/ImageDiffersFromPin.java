package dev.bulwark.rules.engine;

import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/**
 * Raised by the engine for an image reference (a Dockerfile FROM, COPY --from or RUN --mount
 * from=, a Compose service's image, a Kubernetes container's image) whose image the run pins
 * ({@code pins:} in the configuration, {@code --pin}) and that does not use that pin. Correctness:
 * the configuration states the version, so the reference is held to it in every setup, test
 * setups included.
 */
@RuleInfo(code = "BW005", name = "image-differs-from-pin", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "An image reference does not use the tag or digest the configuration pins its image to.",
        fix = "Run `bulwark fix`, which writes the pinned tag or digest; or change the pin.",
        autofix = FixApplicability.SAFE)
public final class ImageDiffersFromPin implements EngineDiagnostic {
}
