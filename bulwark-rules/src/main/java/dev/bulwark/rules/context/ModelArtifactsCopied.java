package dev.bulwark.rules.context;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.project.ContextFacts;
import dev.bulwark.project.FileKind;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;

/**
 * A COPY/ADD that, through a folder or a wildcard, bakes the context's model weights
 * ({@code *.safetensors}, {@code *.onnx}, {@code *.gguf}, {@code *.h5}, {@code *.bin}, ...), data
 * set files, experiment runs ({@code mlruns/}, {@code wandb/}, {@code .ipynb_checkpoints}) or a
 * local virtualenv into the image, with their sizes. Files below {@code min-size-kb} are left
 * alone (test fixtures, tiny configs); pickle-format weights are DI003's.
 */
@RuleInfo(code = "DI002", name = "ml-artifacts-copied", practice = Practice.MODEL_ARTIFACTS,
        severity = Severity.WARNING,
        summary = "A COPY/ADD bakes model weights, data sets, experiment runs or a virtualenv of the context into the image.",
        fix = "Exclude them in `.dockerignore`; mount or download models and data at run time, build the environment in the image.")
public final class ModelArtifactsCopied implements ContextRule {

    @Override
    public List<RuleOption> options() {
        return List.of(RuleOption.integer("min-size-kb", 1024,
                "Weights and data files smaller than this (kB) are not reported; folders always are."));
    }

    @Override
    public void check(ContextCheck ctx, SpanSink sink) {
        long min = ctx.options().integer("min-size-kb") * 1024L;
        for (ContextCopies.Copy copy : ContextCopies.of(ctx)) {
            List<String> found = new ArrayList<>();
            long total = 0;
            boolean known = true;
            for (ContextFacts.Notable n : copy.copied()) {
                // A top-level virtualenv missing from an existing ignore file is DI004's.
                boolean dockerignoreRule = n.kind() == FileKind.VIRTUALENV && n.path().indexOf('/') < 0
                        && ctx.build().ignore().isPresent();
                if (dockerignoreRule || TestData.holds(n.path()) || !reported(n, min)) {
                    continue;
                }
                found.add("`" + n.path() + (n.folder() ? "/" : "") + "` (" + ContextCopies.size(n.bytes(), n.sizeKnown()) + ")");
                total += n.bytes();
                known &= n.sizeKnown();
            }
            if (!found.isEmpty()) {
                sink.report(copy.at(), "`" + copy.source().instruction().keyword() + " " + copy.source().path()
                        + "` copies " + Lists.first(found, 3) + " into the image, "
                        + ContextCopies.size(total, known) + " in all" + ctx.contextNote());
            }
        }
    }

    private static boolean reported(ContextFacts.Notable n, long min) {
        if (n.folder()) {
            return (n.kind() == FileKind.ML_RUNS || n.kind() == FileKind.VIRTUALENV) && n.files() > 0;
        }
        if (n.kind() == FileKind.MODEL_WEIGHTS) {
            return !TorchPickles.isPickle(n.path()) && (n.bytes() >= min || !n.sizeKnown());
        }
        return n.kind() == FileKind.DATASET && (n.bytes() >= min || !n.sizeKnown());
    }
}
