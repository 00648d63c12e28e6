package dev.bulwark.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What image names say they carry, by the publishers' naming schemes; names that say nothing yield nothing. */
class ImageReleasesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "python:3.8-slim-buster | Python 3.8, Debian 10 (buster)",
            "python:3.8.18-slim-bookworm | Python 3.8, Debian 12 (bookworm)",
            "python:3.11-alpine3.19 | Python 3.11, Alpine Linux 3.19",
            "python:3-slim-buster | Debian 10 (buster)",
            "python:alpine3.6 | Alpine Linux 3.6",
            "node:bullseye-slim | Debian 11 (bullseye)",
            "golang:alpine3.18 | Alpine Linux 3.18",
            "python:slim | ''",
            "python:latest | ''",
            "python:3 | ''",
            "public.ecr.aws/docker/library/python:3.9-slim | Python 3.9",
            "nvidia/cuda:11.3.1-runtime-ubuntu20.04 | CUDA 11.3, Ubuntu 20.04 (focal)",
            "nvcr.io/nvidia/cuda:12.2.0-devel-ubi8 | CUDA 12.2.0, Red Hat Enterprise Linux 8",
            "nvidia/cuda:11.4.3-cudnn8-devel-centos7 | CUDA 11.4, CentOS 7",
            "ubuntu:18.04 | Ubuntu 18.04 (bionic)",
            "public.ecr.aws/ubuntu/ubuntu:18.04 | Ubuntu 18.04 (bionic)",
            "public.ecr.aws/e2s1w5p1/ubuntu:16.04 | ''",
            "ubuntu:focal-20230301 | Ubuntu 20.04 (focal)",
            "ubuntu:latest | ''",
            "debian:buster-slim | Debian 10 (buster)",
            "debian:11.7 | Debian 11 (bullseye)",
            "alpine:3.12 | Alpine Linux 3.12",
            "alpine:3 | ''",
            "node:14 | Node.js 14",
            "node:18-bullseye-slim | Node.js 18, Debian 11 (bullseye)",
            "node:lts-buster | Debian 10 (buster)",
            "golang:1.19-alpine3.16 | Go 1.19, Alpine Linux 3.16",
            "openjdk:8u342-jre | Java 8",
            "eclipse-temurin:17-jre-focal | Java 17, Ubuntu 20.04 (focal)",
            "amazonlinux:2 | Amazon Linux 2",
            "amazonlinux:2.0.20230119.1 | Amazon Linux 2",
            "centos:7 | CentOS 7",
            "centos:centos7 | CentOS 7",
            "registry.access.redhat.com/ubi8/ubi-minimal:8.9 | Red Hat Enterprise Linux 8",
            "redhat/ubi9:latest | Red Hat Enterprise Linux 9",
            "rockylinux:8 | Rocky Linux 8",
            "pytorch/pytorch:1.13.1-cuda11.6-cudnn8-runtime | PyTorch 1.13",
            "pytorch/pytorch:latest | ''",
            "pytorch/pytorch:0.4_cuda9_cudnn7 | PyTorch 0.4",
            "tensorflow/tensorflow:2.4.0-gpu | TensorFlow 2.4",
            "tensorflow/tensorflow:latest-gpu | ''",
            "ruby:2.7-buster | Debian 10 (buster)",
            "acme/app:1.0-buster | ''",
            "postgres:13 | ''",
    })
    void readsTheReleasesTheTagNames(String reference, String expected) {
        ImageName image = (ImageName) ImageReference.parse(reference);
        List<String> shown = new ArrayList<>();
        for (Release r : ImageReleases.of(image)) {
            shown.add(r.display());
        }
        assertThat(String.join(", ", shown)).isEqualTo(expected);
    }
}
