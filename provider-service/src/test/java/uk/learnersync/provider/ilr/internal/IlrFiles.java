package uk.learnersync.provider.ilr.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The ILR files of the tests' resources. */
final class IlrFiles {

    static final String SAMPLE = "/ilr/ILR-99999999-2526-20250108-094401.xml";
    static final String SAMPLE_2627 = "/ilr/ILR-99999999-2627-20250408-094403.xml";

    private IlrFiles() {
    }

    /** ESFA's 2025-26 sample. */
    static String sample() {
        return read(SAMPLE);
    }

    /** DfE's 2026/27 sample as published, which fails its own schema on one LearnRefNumber. */
    static String published2627() {
        return read(SAMPLE_2627);
    }

    /**
     * DfE's 2026/27 sample made to pass its schema and the check digit: the apprenticeship unit's learner
     * gets a LearnRefNumber of 12 characters or fewer, and a ULN whose check digit is right.
     */
    static String sample2627() {
        return published2627().replace("GrowthskillsAppunits", "GrowthUnits").replace("1061484937", "1061484938");
    }

    private static String read(String path) {
        try (InputStream in = IlrFiles.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
