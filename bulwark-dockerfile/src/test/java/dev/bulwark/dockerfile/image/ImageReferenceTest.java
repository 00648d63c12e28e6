package dev.bulwark.dockerfile.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImageReferenceTest {
    private static final String SHA = "4e0171b9275e12d375863f2b3ae9ce00a4c53ddda176bd55868df97ac6f21a6e";

    private static ImageName valid(String text) {
        ImageReference ref = ImageReference.parse(text);
        assertThat(ref).as("%s should be valid", text).isInstanceOf(ImageName.class);
        return (ImageName) ref;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # input                                           | registry              | path                         | tag                    | familiar name
            python                                            | docker.io             | library/python               | -                      | python
            python:3.12.8-slim-bookworm                       | docker.io             | library/python               | 3.12.8-slim-bookworm   | python
            docker.io/python:3.11                             | docker.io             | library/python               | 3.11                   | python
            docker.io/library/python:3.11                     | docker.io             | library/python               | 3.11                   | python
            index.docker.io/library/python                    | docker.io             | library/python               | -                      | python
            nvidia/cuda:12.4.0-runtime-ubuntu22.04            | docker.io             | nvidia/cuda                  | 12.4.0-runtime-ubuntu22.04 | nvidia/cuda
            pytorch/pytorch:0.4_cuda9_cudnn7                  | docker.io             | pytorch/pytorch              | 0.4_cuda9_cudnn7       | pytorch/pytorch
            nvcr.io/nvidia/pytorch:24.01-py3                  | nvcr.io               | nvidia/pytorch               | 24.01-py3              | nvcr.io/nvidia/pytorch
            ghcr.io/org/x                                     | ghcr.io               | org/x                        | -                      | ghcr.io/org/x
            localhost:5000/x                                  | localhost:5000        | x                            | -                      | localhost:5000/x
            localhost/x:1                                     | localhost             | x                            | 1                      | localhost/x
            myregistry:5000/team/img:v2                       | myregistry:5000       | team/img                     | v2                     | myregistry:5000/team/img
            127.0.0.1:5000/img                                | 127.0.0.1:5000        | img                          | -                      | 127.0.0.1:5000/img
            [::1]:5000/img:tag                                | [::1]:5000            | img                          | tag                    | [::1]:5000/img
            gcr.io/distroless/static:nonroot                  | gcr.io                | distroless/static            | nonroot                | gcr.io/distroless/static
            public.ecr.aws/lambda/python:3.9                  | public.ecr.aws        | lambda/python                | 3.9                    | public.ecr.aws/lambda/python
            registry.access.redhat.com/ubi9/python-312-minimal:latest | registry.access.redhat.com | ubi9/python-312-minimal | latest         | registry.access.redhat.com/ubi9/python-312-minimal
            vault.habana.ai/gaudi-docker/1.20.1/ubuntu22.04/habanalabs/pytorch-installer-2.6.0 | vault.habana.ai | gaudi-docker/1.20.1/ubuntu22.04/habanalabs/pytorch-installer-2.6.0 | - | vault.habana.ai/gaudi-docker/1.20.1/ubuntu22.04/habanalabs/pytorch-installer-2.6.0
            docker.io/pytorch/manylinux2_28-builder:cuda12.1  | docker.io             | pytorch/manylinux2_28-builder | cuda12.1              | pytorch/manylinux2_28-builder
            my__name/a--b:x                                   | docker.io             | my__name/a--b                | x                      | my__name/a--b
            Registry/repo                                     | Registry              | repo                         | -                      | Registry/repo
            library/a/b                                       | docker.io             | library/a/b                  | -                      | library/a/b
            """)
    void parsesValidReferences(String input, String registry, String path, String tag, String familiar) {
        ImageName name = valid(input);
        assertThat(name.registry()).isEqualTo(registry);
        assertThat(name.path()).isEqualTo(path);
        assertThat(name.tag().orElse(null)).isEqualTo(tag);
        assertThat(name.familiarName()).isEqualTo(familiar);
        assertThat(name.raw()).isEqualTo(input);
        assertThat(name.digest()).isEmpty();
    }

    @Test
    void digests() {
        ImageName bare = valid("ubuntu@sha256:" + SHA);
        assertThat(bare.familiarName()).isEqualTo("ubuntu");
        assertThat(bare.tag()).isEmpty();
        assertThat(bare.digest()).contains("sha256:" + SHA);
        assertThat(bare.isPinnedByDigest()).isTrue();
        assertThat(bare.effectiveTag()).isEmpty();

        ImageName both = valid("python:3.11@sha256:" + SHA);
        assertThat(both.tag()).contains("3.11");
        assertThat(both.digest()).contains("sha256:" + SHA);
        assertThat(both.canonical()).isEqualTo("docker.io/library/python:3.11@sha256:" + SHA);
        assertThat(both.familiar()).isEqualTo("python:3.11@sha256:" + SHA);

        ImageName quay = valid("quay.io/jupyter/base-notebook:2026-07-28@sha256:" + SHA);
        assertThat(quay.registry()).isEqualTo("quay.io");
        assertThat(quay.baseName()).isEqualTo("base-notebook");
    }

    @Test
    void officialImagesAndDefaults() {
        assertThat(valid("python:3.12").isOfficialImage()).isTrue();
        assertThat(valid("docker.io/library/ubuntu").isOfficialImage()).isTrue();
        assertThat(valid("nvidia/cuda:12.4.0-base-ubuntu22.04").isOfficialImage()).isFalse();
        assertThat(valid("nvidia/cuda").isDockerHub()).isTrue();
        assertThat(valid("ghcr.io/library/python").isOfficialImage()).isFalse();
        assertThat(valid("library/a/b").isOfficialImage()).isFalse();
        assertThat(valid("python").effectiveTag()).contains("latest");
        assertThat(valid("python:3").effectiveTag()).contains("3");
        assertThat(valid("nvcr.io/nvidia/pytorch:24.01-py3").baseName()).isEqualTo("pytorch");
        assertThat(valid("python").canonical()).isEqualTo("docker.io/library/python");
        assertThat(valid("python")).isEqualTo(valid("docker.io/library/python"));
        assertThat(valid("python")).isNotEqualTo(valid("python:3"));
        assertThat(valid("nvidia/cuda:12").toString()).isEqualTo("nvidia/cuda:12");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Python:3.12                        | invalid reference format: repository name (library/Python) must be lowercase
            nvidia/CUDA                        | invalid reference format: repository name (nvidia/CUDA) must be lowercase
            ${BASE}                            | invalid reference format: contains an unresolved variable
            python:${PYTHON_VERSION}-slim      | invalid reference format: contains an unresolved variable
            ''                                 | invalid reference format
            python:                            | invalid reference format
            :3.12                              | invalid reference format
            python:3.12:x                      | invalid reference format
            python:-x                          | invalid reference format
            -python                            | invalid reference format
            python_                            | invalid reference format
            a/                                 | invalid reference format
            /a                                 | invalid reference format
            a//b                               | invalid reference format
            a b                                | invalid reference format
            "ubuntu:bionic"                    | invalid reference format
            {base_image}                       | invalid reference format
            ubuntu@sha256:abc                  | invalid reference format
            ubuntu@sha256:4e0171b9275e12d375863f2b3ae9ce00a4c53ddda176bd55868df97ac6f21a6e00 | invalid checksum digest length
            ubuntu@md5:4e0171b9275e12d375863f2b3ae9ce00   | unsupported digest algorithm
            ubuntu@sha256:4E0171B9275E12D375863F2B3AE9CE00A4C53DDDA176BD55868DF97AC6F21A6E | invalid checksum digest format
            4e0171b9275e12d375863f2b3ae9ce00a4c53ddda176bd55868df97ac6f21a6e | invalid repository name (4e0171b9275e12d375863f2b3ae9ce00a4c53ddda176bd55868df97ac6f21a6e), cannot specify 64-byte hexadecimal strings
            """)
    void rejectsInvalidReferences(String input, String reason) {
        ImageReference ref = ImageReference.parse(input);
        assertThat(ref).isInstanceOf(InvalidImageReference.class);
        assertThat(ref.isValid()).isFalse();
        assertThat(ref.raw()).isEqualTo(input);
        assertThat(((InvalidImageReference) ref).reason()).isEqualTo(reason);
    }

    @Test
    void tagLengthIsLimited() {
        assertThat(ImageReference.parse("python:" + "a".repeat(128)).isValid()).isTrue();
        assertThat(ImageReference.parse("python:" + "a".repeat(129)).isValid()).isFalse();
        assertThat(ImageReference.parse("a/" + "b".repeat(254)).isValid()).isFalse();
    }
}
