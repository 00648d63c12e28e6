package dev.bulwark.rules.context;

import java.util.Locale;

/**
 * Model files in a pickle format, by name (as DF rule PickleModelCopied): {@code *.pkl},
 * {@code *.pickle}, {@code *.joblib}, PyTorch's {@code *.pt}/{@code *.pth}/{@code *.ckpt} and the
 * {@code .bin} files {@code torch.save} writes ({@code pytorch_model*.bin}, {@code adapter_model.bin},
 * {@code training_args.bin}, ...). A {@code *.pth} under {@code site-packages} is a path file.
 */
final class TorchPickles {
    private TorchPickles() {
    }

    static boolean isPickle(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (p.contains("site-packages/") || p.contains("dist-packages/")) {
            return false;
        }
        if (name.endsWith(".pkl") || name.endsWith(".pickle") || name.endsWith(".joblib") || name.endsWith(".pt")
                || name.endsWith(".pth") || name.endsWith(".ckpt")) {
            return true;
        }
        return name.endsWith(".bin") && (name.startsWith("pytorch_model") || name.contains("pytorch")
                || name.equals("adapter_model.bin") || name.equals("training_args.bin") || name.equals("optimizer.bin")
                || name.equals("scheduler.bin") || name.startsWith("rng_state"));
    }
}
