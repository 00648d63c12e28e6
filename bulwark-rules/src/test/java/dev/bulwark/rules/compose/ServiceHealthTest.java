package dev.bulwark.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import org.junit.jupiter.api.Test;

class ServiceHealthTest {

    private static java.util.Optional<Boolean> declares(String dockerfile, String target) {
        return ServiceHealth.builtImageDeclares(new SourceText("Dockerfile", dockerfile), target);
    }

    @Test
    void theBuiltStageChainDecidesLastHealthcheckWinning() {
        assertThat(declares("FROM python:3.12.4-slim\nHEALTHCHECK CMD true\n", "")).hasValue(true);
        assertThat(declares("FROM python:3.12.4-slim\nHEALTHCHECK CMD true\nHEALTHCHECK NONE\n", "")).hasValue(false);
        assertThat(declares("FROM python:3.12.4-slim AS base\nHEALTHCHECK CMD true\nFROM base\nRUN true\n", ""))
                .hasValue(true);
        // Another stage's HEALTHCHECK is not inherited.
        assertThat(declares("FROM python:3.12.4-slim AS a\nHEALTHCHECK CMD true\nFROM python:3.12.4-slim\n", ""))
                .hasValue(false);
    }

    @Test
    void theTargetStageIsTheOneBuilt() {
        String dockerfile = "FROM python:3.12.4-slim AS dev\nFROM dev AS prod\nHEALTHCHECK CMD true\n";
        assertThat(declares(dockerfile, "dev")).hasValue(false);
        assertThat(declares(dockerfile, "prod")).hasValue(true);
        assertThat(declares(dockerfile, "missing")).isEmpty();
    }

    @Test
    void withoutOneTheBaseImageDecides() {
        assertThat(declares("FROM quay.io/jupyter/scipy-notebook:2024-07-29\nRUN true\n", "")).hasValue(true);
        assertThat(declares("FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n", "")).hasValue(false);
        assertThat(declares("FROM scratch\nCOPY app /app\n", "")).hasValue(false);
        assertThat(declares("ARG BASE\nFROM ${BASE}\n", "")).isEmpty();
    }
}
