package uk.learnersync.provider.programmes;

import java.util.Locale;

/**
 * What kind of apprenticeship a programme is, as DfE tells them apart: an apprenticeship standard
 * (IfATE reference {@code ST}), a foundation apprenticeship (a standard whose reference is {@code FA}),
 * or, from ILR 2026/27, an apprenticeship unit (FundModel 39, ProgType 34: a short course with no
 * end-point assessment).
 */
public enum ApprenticeshipType {
    APPRENTICESHIP("Apprenticeship"),
    FOUNDATION_APPRENTICESHIP("Foundation apprenticeship"),
    APPRENTICESHIP_UNIT("Apprenticeship unit");

    private final String label;

    ApprenticeshipType(String label) {
        this.label = label;
    }

    /** The standard's kind, by its IfATE reference. */
    static ApprenticeshipType ofStandard(String reference) {
        return reference.toUpperCase(Locale.ROOT).startsWith("FA") ? FOUNDATION_APPRENTICESHIP : APPRENTICESHIP;
    }

    /** How DfE's services name it. */
    public String label() {
        return label;
    }
}
