package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.model.DockerfileModel;

/** What a Dockerfile's own commands say about its purpose, for the analyzer's choice of setup. */
public final class TestSuiteImages {
    private TestSuiteImages() {
    }

    /**
     * True when the image the file builds starts a test runner ({@code CMD pytest run.py}): a CI
     * job builds it to run the tests in and throws it away, whatever folder it is in.
     */
    public static boolean runsTestSuite(DockerfileModel model) {
        return ShippedImage.of(model).runsTestSuite();
    }
}
