package dev.bulwark.rules.context;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.project.ContextFacts;
import dev.bulwark.project.FileKind;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;

/**
 * A COPY/ADD that, through a folder or a wildcard, copies pickle-format model files of the
 * context ({@code *.pkl}, {@code *.joblib}, {@code *.pt}, {@code *.pth}, {@code *.ckpt}, torch
 * {@code .bin} files) into the image: loading them runs the code they hold. A source that names
 * such a file itself is DF rule PickleModelCopied's.
 */
@RuleInfo(code = "DI003", name = "pickle-model-in-context-copied", practice = Practice.MODEL_ARTIFACTS,
        severity = Severity.WARNING,
        summary = "A COPY/ADD copies pickle-format model files of the context into the image.",
        fix = "Convert the weights to safetensors (or ONNX), or exclude them in `.dockerignore` and fetch a pinned, verified model at run time.")
public final class PickleModelInContextCopied implements ContextRule {

    @Override
    public void check(ContextCheck ctx, SpanSink sink) {
        for (ContextCopies.Copy copy : ContextCopies.of(ctx)) {
            if (TorchPickles.isPickle(copy.path())) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (ContextFacts.Notable n : copy.copied()) {
                // An empty file holds no model (tests use them to stand for "a model file").
                boolean empty = n.sizeKnown() && n.bytes() == 0;
                if (!n.folder() && !empty && (n.kind() == FileKind.PICKLE || n.kind() == FileKind.MODEL_WEIGHTS)
                        && TorchPickles.isPickle(n.path()) && !TestData.holds(n.path(), ctx.facts().folder(), ctx.tree())) {
                    found.add("`" + n.path() + "` (" + ContextCopies.size(n.bytes(), n.sizeKnown()) + ")");
                }
            }
            if (!found.isEmpty()) {
                sink.report(copy.at(), "`" + copy.source().instruction().keyword() + " " + copy.source().path()
                        + "` copies pickle model files " + Lists.first(found, 3) + ctx.contextNote());
            }
        }
    }
}
