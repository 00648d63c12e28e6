package dev.bulwark.rules.images;

import dev.bulwark.dockerfile.image.ImageName;
import java.util.Locale;
import java.util.Optional;

/**
 * Images that only do their job on a GPU: CUDA images ({@link CudaImages}: {@code nvidia/cuda},
 * {@code pytorch/pytorch}, any tag naming a CUDA version), GPU builds of the frameworks
 * ({@code tensorflow/tensorflow:*-gpu}, NVIDIA's NGC framework images), GPU model servers (vLLM,
 * SGLang, Text Generation Inference and Text Embeddings Inference outside their CPU tags), and
 * ROCm images for AMD GPUs. Images that run on a CPU as well (Triton, Ollama, TorchServe) are not
 * here: a deployment without a GPU is not a mistake for them.
 */
public final class GpuImages {
    private GpuImages() {
    }

    /** The vendor whose GPU the image needs; empty when it runs without one or is unknown. */
    public static Optional<GpuVendor> required(ImageName image) {
        String name = image.familiarName();
        String tag = image.tag().orElse("").toLowerCase(Locale.ROOT);
        if (name.startsWith("rocm/") || tag.contains("rocm")) {
            return Optional.of(GpuVendor.AMD);
        }
        // CPU, Intel XPU, Habana Gaudi (`hpu-1.7`) and AWS Neuron builds of the same images.
        if (tag.contains("cpu") || tag.contains("xpu") || tag.contains("gaudi") || tag.contains("hpu")
                || tag.contains("neuron")) {
            return Optional.empty();
        }
        if (CudaImages.of(image).isPresent()) {
            return Optional.of(GpuVendor.NVIDIA);
        }
        boolean nvidiaOnly = name.equals("vllm/vllm-openai") || name.equals("lmsysorg/sglang")
                || name.equals("ghcr.io/huggingface/text-generation-inference")
                || name.equals("ghcr.io/huggingface/text-embeddings-inference")
                || (name.equals("tensorflow/tensorflow") && tag.contains("gpu"))
                || isNgcFramework(name);
        return nvidiaOnly ? Optional.of(GpuVendor.NVIDIA) : Optional.empty();
    }

    /**
     * PyTorch framework images, whose data loaders and collective operations pass tensors through
     * {@code /dev/shm} (the PyTorch image's documentation asks for {@code --ipc=host} or
     * {@code --shm-size}): {@code pytorch/pytorch}, NVIDIA's NGC PyTorch and NeMo, AMD's ROCm PyTorch.
     */
    public static boolean isPytorchFramework(ImageName image) {
        String name = image.familiarName();
        return CudaImages.isPytorch(image) || name.equals("nvcr.io/nvidia/pytorch") || name.equals("nvcr.io/nvidia/nemo")
                || name.equals("rocm/pytorch") || name.equals("rocm/pytorch-training");
    }

    // NGC's deep-learning framework containers are built for CUDA GPUs; tritonserver also runs on CPUs.
    private static boolean isNgcFramework(String name) {
        return name.equals("nvcr.io/nvidia/pytorch") || name.equals("nvcr.io/nvidia/tensorflow")
                || name.equals("nvcr.io/nvidia/nemo") || name.equals("nvcr.io/nvidia/jax")
                || name.equals("nvcr.io/nvidia/tensorrt") || name.equals("nvcr.io/nvidia/tritonserver-trtllm");
    }
}
