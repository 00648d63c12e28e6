package dev.bulwark.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.rules.RunnableRules;
import org.junit.jupiter.api.Test;

/** The one answer the "what ships" and "what serves" rules share. */
class ShippedImageTest {

    private static ShippedImage image(String text) {
        DockerfileModel model = RunnableRules.Parsed.of("Dockerfile", text).model();
        return ShippedImage.of(model);
    }

    @Test
    void onlyTheFinalChainShips() {
        DockerfileModel model = RunnableRules.Parsed.of("Dockerfile", """
                FROM golang:1.22.5 AS build
                RUN go build -o /app .
                FROM debian:12.5-slim AS base
                FROM base
                COPY --from=build /app /app
                """).model();
        ShippedImage image = ShippedImage.of(model);
        assertThat(image.ships(model.stages().get(0))).isFalse();
        assertThat(image.ships(model.stages().get(1))).isTrue();
        assertThat(image.ships(model.stages().get(2))).isTrue();
        assertThat(image.instructions()).hasSize(1);
        assertThat(ShippedImage.of(model)).isSameAs(image);
    }

    @Test
    void anApplicationIsStartedByTheImageAndIsNotAnEnvironment() {
        assertThat(image("FROM python:3.12.4-slim\nCMD [\"python\", \"-m\", \"app\"]\n").runsApplication()).isTrue();
        assertThat(image("FROM python:3.12.4-slim\nENTRYPOINT [\"/entrypoint.sh\"]\n").runsApplication()).isTrue();
        assertThat(image("FROM python:3.12.4-slim\nRUN pip install numpy\n").runsApplication()).isFalse();
        assertThat(image("FROM python:3.12.4-slim\nCMD [\"python3\"]\n").runsApplication()).isFalse();
        assertThat(image("FROM ubuntu:24.04\nCMD [\"/usr/sbin/sshd\", \"-D\"]\n").runsApplication()).isFalse();
        assertThat(image("FROM ubuntu:24.04\nCMD [\"/run_jupyter.sh\"]\n").runsApplication()).isFalse();
        assertThat(image("FROM ubuntu:24.04\nENTRYPOINT [\"/e.sh\"]\nCMD [\"sleep\", \"infinity\"]\n").runsApplication())
                .isFalse();
        assertThat(image("FROM ubuntu:24.04\nCMD bash -c 'python serve.py'\n").runsApplication()).isTrue();
        assertThat(image("FROM ubuntu:24.04\nCMD [\"bash\", \"-l\"]\n").runsApplication()).isFalse();
        assertThat(image("FROM ubuntu:24.04\nCMD ./setup.sh && tail -f /dev/null\n").runsApplication()).isFalse();
        assertThat(image("FROM ubuntu:24.04\nCMD until curl -sf localhost; do sleep 1; done; ./run-tests\n")
                .runsApplication()).isTrue();
        assertThat(image("FROM ubuntu:24.04\nCMD [\"bash\", \"run.sh\"]\n").runsApplication()).isTrue();
        assertThat(image("FROM python:3.12.4-slim\nENTRYPOINT [\"python\"]\nCMD [\"app.py\"]\n").runsApplication())
                .isTrue();
        assertThat(image("FROM ubuntu:24.04\nENTRYPOINT [\"/e.sh\"]\nCMD [\"bash\"]\n").runsApplication()).isFalse();
        // An ENTRYPOINT alone awaits its program as arguments (`docker run image app.py`).
        assertThat(image("FROM python:3.12.4-slim\nENTRYPOINT [\"python\"]\n").runsApplication()).isTrue();
        assertThat(image("FROM nginx:1.27.0\nCOPY site /usr/share/nginx/html\n").runsApplication()).isTrue();
    }

    @Test
    void aServiceIsAnApplicationThatServesAndWhoseHealthIsItsOwn() {
        ShippedImage server = image("FROM python:3.12.4-slim\nEXPOSE 8000\nCMD [\"uvicorn\", \"app:app\"]\n");
        assertThat(server.service()).hasValueSatisfying(s -> {
            assertThat(s.startsServer()).isTrue();
            assertThat(s.description()).isEqualTo("uvicorn");
        });
        ShippedImage exposed = image("FROM python:3.12.4-slim\nEXPOSE 8000 9000\nCMD [\"python\", \"app.py\"]\n");
        assertThat(exposed.service()).hasValueSatisfying(s -> {
            assertThat(s.startsServer()).isFalse();
            assertThat(s.description()).isEqualTo("8000 9000");
        });
        assertThat(image("FROM python:3.12.4-slim\nEXPOSE 8000\n").service()).isEmpty();
        assertThat(image("FROM nginx:1.27.0\nCOPY site /usr/share/nginx/html\n").service())
                .hasValueSatisfying(s -> assertThat(s.description()).isEqualTo("nginx"));
        assertThat(image("FROM locustio/locust:2.31.8\nEXPOSE 8089\nENTRYPOINT [\"locust\"]\n").service()).isEmpty();
        assertThat(image("FROM pytorch/pytorch:2.4.0-cuda12.4-cudnn9-runtime\nEXPOSE 29500\n"
                + "CMD [\"torchrun\", \"train.py\"]\n").service()).isEmpty();
    }

    @Test
    void platformsThatRunTheImageThemselves() {
        assertThat(image("FROM public.ecr.aws/lambda/python:3.12\nCMD [\"app.handler\"]\n").platform())
                .contains(ShippedImage.Platform.LAMBDA);
        assertThat(image("FROM python:3.12.4-slim\nENTRYPOINT [\"python\", \"-m\", \"awslambdaric\"]\n").platform())
                .contains(ShippedImage.Platform.LAMBDA);
        assertThat(image("FROM python:3.12.4-slim\nENV SAGEMAKER_PROGRAM=serve.py\nCMD [\"python\", \"serve.py\"]\n")
                .platform()).contains(ShippedImage.Platform.SAGEMAKER);
        assertThat(image("FROM python:3.12.4-slim\nLABEL com.amazonaws.sagemaker.capabilities.accept-bind-to-port=true\n"
                + "CMD [\"serve\"]\n").platform()).contains(ShippedImage.Platform.SAGEMAKER);
        assertThat(image("FROM pytorch/torchserve:0.11.0-cpu\nCMD [\"serve\"]\n").platform()).isEmpty();
    }
}
