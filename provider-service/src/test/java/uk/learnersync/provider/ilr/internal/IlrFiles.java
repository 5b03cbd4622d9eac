package uk.learnersync.provider.ilr.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The ILR files of the tests' resources. */
final class IlrFiles {

    static final String SAMPLE = "/ilr/ILR-99999999-2526-20250108-094401.xml";

    private IlrFiles() {
    }

    static String sample() {
        try (InputStream in = IlrFiles.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
