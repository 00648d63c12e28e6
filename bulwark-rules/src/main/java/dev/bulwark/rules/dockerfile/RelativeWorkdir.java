package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.BaseImage;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.ScratchBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.WorkdirInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/**
 * A relative WORKDIR with no earlier WORKDIR in the stage chain: it is joined to the base image's
 * working directory, which this file does not control (spec 1.8). A relative WORKDIR after an
 * absolute one is well defined and not reported.
 */
@RuleInfo(code = "DF096", name = "relative-workdir", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "The first WORKDIR of a stage is relative, so it depends on the base image's working directory.",
        fix = "Use an absolute path (`WORKDIR /app`).",
        aliases = {"DL3000", "WorkdirRelativePath"}, autofix = FixApplicability.SAFE)
public final class RelativeWorkdir implements DockerfileRule {

    // Images that set no WORKDIR, so a build from them starts in `/` (golang, pytorch/pytorch and
    // others set one).
    private static final Set<String> ROOT_WORKDIR_IMAGES = Set.of("debian", "ubuntu", "alpine", "python", "busybox",
            "centos", "fedora", "rockylinux", "almalinux", "amazonlinux", "nvidia/cuda");

    /** Whether the stage chain starts in `/`: from scratch or an image known to set no WORKDIR. */
    private static boolean startsAtRoot(BaseImage base) {
        if (base instanceof ScratchBase) {
            return true;
        }
        return base instanceof ImageBase image && image.fullyResolved() && image.ref() instanceof ImageName name
                && ROOT_WORKDIR_IMAGES.contains(name.familiarName());
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof WorkdirInstruction w) || stage.workdirAt(i).isPresent()) {
                    continue;
                }
                Expansion e = ctx.model().expand(i, w.value().text());
                String path = e.text();
                // An unknown variable may hold an absolute path; Windows paths are absolute too.
                if (!e.isOk() || !e.undefined().isEmpty() || path.isEmpty() || path.startsWith("/")
                        || path.startsWith("\\") || path.length() > 1 && path.charAt(1) == ':') {
                    continue;
                }
                String message = "`WORKDIR " + w.value().text() + "` is relative";
                if (startsAtRoot(stage.rootBase())) {
                    String raw = w.value().text();
                    String absolute = "/" + (raw.startsWith("./") ? raw.substring(2) : raw);
                    sink.report(w.value().range(), message, Fix.safe("write `WORKDIR " + absolute + "`",
                            TextEdit.replace(w.value().range(), absolute)));
                } else {
                    sink.report(w.value().range(), message);
                }
            }
        }
    }
}
