package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.Text;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.syntax.FileTransferInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * COPY or ADD of pickle-based model files into the shipped image: {@code *.pkl}, {@code *.pickle},
 * {@code *.joblib}, {@code *.pt}, {@code *.pth}, {@code *.ckpt}, and the {@code *.bin} files
 * PyTorch and Transformers pickle ({@code pytorch_model*.bin}, {@code adapter_model.bin},
 * {@code training_args.bin}, …), as literal names or globs. Loading them unpickles, which can run arbitrary code.
 */
@RuleInfo(code = "DF077", name = "pickle-model-copied", practice = Practice.MODEL_ARTIFACTS,
        severity = Severity.WARNING,
        summary = "A pickle-format model file is copied into the image; loading it can run arbitrary code.",
        fix = "Ship weights as safetensors or ONNX, or mount verified models as a volume at run time.")
public final class PickleModelCopied implements DockerfileRule {
    private static final List<String> PICKLE_SUFFIXES = List.of(".pkl", ".pickle", ".joblib", ".pt", ".pth",
            ".ckpt");
    // `.bin` is also the format of CTranslate2 (`model.bin` next to `config.json`) and old GGML
    // files, which are not pickles: only the names PyTorch and Transformers give pickled files.
    private static final List<String> PICKLED_BIN_PREFIXES = List.of("pytorch_model", "adapter_model",
            "training_args", "optimizer", "scheduler", "rng_state");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        // Only the shipped image: a builder stage may convert a checkpoint to safetensors.
        for (Instruction instruction : ShippedImage.of(ctx.model()).instructions()) {
            if (!(instruction instanceof FileTransferInstruction transfer)) {
                continue;
            }
            List<Word> sources = transfer.sources();
            Optional<Word> destination = transfer.destination();
            // `*.pth` files in site-packages are Python path configuration, not models.
            if (destination.isPresent() && destination.get().text().contains("-packages")) {
                continue;
            }
            for (Word source : sources) {
                String name = expanded(ctx, instruction, source);
                if (isPickleModel(name)) {
                    sink.report(source.range(), "pickle-format model `" + name + "` copied into the image");
                }
            }
        }
    }

    private static String expanded(DockerfileContext ctx, Instruction instruction, Word source) {
        Expansion e = ctx.model().expand(instruction, source.text());
        return e.isOk() ? e.text() : source.text();
    }

    static boolean isPickleModel(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            lower = Urls.withoutQuery(lower);
        }
        String base = baseName(lower);
        return Text.endsWithAny(base, PICKLE_SUFFIXES)
                || base.endsWith(".bin") && (Text.startsWithAny(base, PICKLED_BIN_PREFIXES) || base.contains("pytorch"));
    }

    private static String baseName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
