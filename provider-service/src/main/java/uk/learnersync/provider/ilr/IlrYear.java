package uk.learnersync.provider.ilr;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.learnersync.validation.InvalidValueException;

/**
 * An ILR collection year LearnerSync reads and writes, told apart in a file by its namespace. A
 * collection year starts on 1 August: 2026/27 runs from 1 August 2026 to 31 July 2027.
 */
public enum IlrYear {
    Y2526("2526", "2025/26", "ESFA/ILR/2025-26", LocalDate.of(2025, Month.AUGUST, 1)),
    /** DfE's year: the namespace lost its {@code ESFA/} prefix. */
    Y2627("2627", "2026/27", "ILR/2026-27", LocalDate.of(2026, Month.AUGUST, 1));

    private final String code;
    private final String label;
    private final String namespace;
    private final LocalDate start;

    IlrYear(String code, String label, String namespace, LocalDate start) {
        this.code = code;
        this.label = label;
        this.namespace = namespace;
        this.start = start;
    }

    /** The ILR {@code Year}, e.g. {@code 2627}. */
    public String code() {
        return code;
    }

    /** As DfE writes it, e.g. 2026/27. */
    public String label() {
        return label;
    }

    public String namespace() {
        return namespace;
    }

    /** The year of a {@code year} parameter: 2526 or 2627. */
    public static IlrYear of(String code) {
        return Arrays.stream(values()).filter(year -> year.code.equals(code == null ? null : code.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("must be an ILR collection year LearnerSync writes: "
                        + Arrays.stream(values()).map(IlrYear::code).collect(Collectors.joining(" or "))));
    }

    public static Optional<IlrYear> ofNamespace(String namespace) {
        return Arrays.stream(values()).filter(year -> year.namespace.equals(namespace)).findFirst();
    }

    /**
     * The collection year {@code today} is in, as far as LearnerSync knows the years: the latest that
     * has started (the first before any has).
     */
    public static IlrYear current(LocalDate today) {
        IlrYear current = values()[0];
        for (IlrYear year : values()) {
            if (!today.isBefore(year.start)) {
                current = year;
            }
        }
        return current;
    }

    /**
     * Whether a file of this year holds what DfE added in 2026/27: AgreemId, HRSRecord (with HRS 4 and
     * AppFinRecord RIP), an assessment organisation's UKPRN as EPAOrgID, apprenticeship units (FundModel 39).
     */
    public boolean holds2627Additions() {
        return compareTo(Y2627) >= 0;
    }
}
