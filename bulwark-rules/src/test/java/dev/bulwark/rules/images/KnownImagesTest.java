package dev.bulwark.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownImagesTest {

    private static ImageName image(String text) {
        return (ImageName) ImageReference.parse(text);
    }

    @ParameterizedTest
    @CsvSource({
            "postgres:16.6, DATABASE",
            "docker.io/library/postgres:16, DATABASE",
            "public.ecr.aws/docker/library/postgres:16, DATABASE",
            "pgvector/pgvector:pg16, DATABASE",
            "redis:7.2-alpine, CACHE",
            "qdrant/qdrant:v1.9.0, VECTOR_STORE",
            "quay.io/minio/minio:RELEASE.2024-05-10T01-41-38Z, OBJECT_STORE",
            "jupyter/scipy-notebook:2024-05-27, NOTEBOOK",
            "quay.io/jupyter/pytorch-notebook:cuda12-2024-05-27, NOTEBOOK",
            "ghcr.io/mlflow/mlflow:v2.13.0, EXPERIMENT_TRACKING",
            "vllm/vllm-openai:v0.5.0, MODEL_SERVER",
            "nvcr.io/nim/meta/llama3-8b-instruct:1.0.0, MODEL_SERVER"})
    void knownRoles(String text, ServiceRole role) {
        assertThat(KnownImages.role(image(text))).contains(role);
    }

    @ParameterizedTest
    @CsvSource({"myorg/postgres-backup:1.0", "ghcr.io/acme/redis-proxy:2", "python:3.12-slim",
            "registry.example.com/team/postgres:16"})
    void unknownImagesAreNotGuessed(String text) {
        assertThat(KnownImages.role(image(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "postgres:16, /var/lib/postgresql/data, POSTGRES_PASSWORD_FILE",
            "mongo:7.0.12, /data/db, MONGO_INITDB_ROOT_PASSWORD_FILE"})
    void dataDirectoriesAndFileVariables(String text, String dir, String fileVariable) {
        KnownImages.Known known = KnownImages.of(text).orElseThrow();
        assertThat(known.dataDirectories()).first().isEqualTo(dir);
        assertThat(known.fileVariables()).containsValue(fileVariable);
    }

    @ParameterizedTest
    @CsvSource({
            "nvidia/cuda:12.4.1-runtime-ubuntu22.04, NVIDIA",
            "pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime, NVIDIA",
            "vllm/vllm-openai:v0.5.0, NVIDIA",
            "tensorflow/tensorflow:2.16.1-gpu, NVIDIA",
            "nvcr.io/nvidia/pytorch:24.05-py3, NVIDIA",
            "rocm/pytorch:rocm6.1_ubuntu22.04_py3.10_pytorch_2.1.2, AMD",
            "ghcr.io/huggingface/text-generation-inference:2.0.4-rocm, AMD"})
    void gpuImages(String text, GpuVendor vendor) {
        assertThat(GpuImages.required(image(text))).isEqualTo(Optional.of(vendor));
    }

    @ParameterizedTest
    @CsvSource({"tensorflow/tensorflow:2.16.1", "ollama/ollama:0.1.44", "nvcr.io/nvidia/tritonserver:24.05-py3",
            "ghcr.io/huggingface/text-embeddings-inference:cpu-1.5", "ghcr.io/huggingface/text-embeddings-inference:hpu-1.7",
            "python:3.12-slim"})
    void imagesThatAlsoRunOnCpus(String text) {
        assertThat(GpuImages.required(image(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"postgres:16.6, true", "pgvector/pgvector:pg16, true", "bitnami/redis:7.2.5, true",
            "docker.elastic.co/elasticsearch/elasticsearch:8.14.1, true", "minio/minio:latest, false",
            "milvusdb/milvus:v2.4.6, false", "qdrant/qdrant:v1.9.2, false"})
    void serviceUserOwnsData(String text, boolean owns) {
        assertThat(KnownImages.serviceUserOwnsData(KnownImages.of(text).orElseThrow())).isEqualTo(owns);
    }
}
