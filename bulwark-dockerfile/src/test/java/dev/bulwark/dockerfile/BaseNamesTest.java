package dev.bulwark.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which refused FROM base names are a template's placeholders, and which are mistakes in a file meant to be built. */
class BaseNamesTest {

    private static Optional<BaseNames.Refused> refused(String text) {
        return BaseNames.firstRefused(DockerfileParser.parse(new SourceText("Dockerfile", text)));
    }

    @Test
    void aBareWordInCapitalsIsATemplatesPlaceholder() {
        for (String name : new String[] {"DEV_IMAGE", "IMAGE", "BASE_IMAGE_2"}) {
            assertThat(refused("FROM " + name + "\n")).as(name).hasValueSatisfying(r -> assertThat(r.placeholder()).isTrue());
        }
    }

    @Test
    void otherTemplateSyntaxesAreLeftToTheFilesJudgedAsTheImagesTheyRender() {
        // modelscope's `{base_image}` (str.format), Olive's `<BASE_IMAGE>`, ersilia's `ersiliapack-VERSION`.
        for (String name : new String[] {"{base_image}", "<BASE_IMAGE>", "{{env.image}}", "@BASE_IMAGE@",
                "ersiliaos/ersiliapack-VERSION:latest", "UBUNTU:22.04"}) {
            assertThat(refused("FROM " + name + "\n")).as(name).isEmpty();
        }
    }

    @Test
    void typosStagesArgsAndScratchInCapitalsAreMistakesNotPlaceholders() {
        for (String text : new String[] {"FROM Ubuntu:22.04\n", "FROM MyImage\n", "FROM SCRATCH\n",
                "FROM alpine:3.20 AS BASE\nFROM BASE\n", "ARG BASE_IMAGE=alpine:3.20\nFROM BASE_IMAGE\n",
                "FROM alpine:3.20 AS builder\nFROM BUILDER\n", "FROM DEBIAN\n"}) {
            assertThat(refused(text)).as(text).hasValueSatisfying(r -> assertThat(r.placeholder()).isFalse());
        }
        // hadolint's DL4000 test writes `FROM DEBIAN`: an image typed in capitals, named back.
        assertThat(refused("FROM DEBIAN\n")).hasValueSatisfying(r -> assertThat(r.message()).endsWith("(did you mean debian?)"));
    }

    @Test
    void namesBuildKitAcceptsOrExpandsAreNotRefused() {
        for (String text : new String[] {"FROM alpine:3.20 AS Base\nFROM base\n", "FROM scratch\n",
                "FROM python:3.12-SLIM\n", "ARG BASE\nFROM $BASE\n", "ARG BASE\nFROM ${BASE}\n",
                "FROM \"alpine:3.20\"\n", "FROM\n", "FROM localhost:5000/app@sha256:"
                        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"}) {
            assertThat(refused(text)).as(text).isEmpty();
        }
    }
}
