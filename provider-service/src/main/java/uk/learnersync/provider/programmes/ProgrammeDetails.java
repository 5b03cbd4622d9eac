package uk.learnersync.provider.programmes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.Text;

/** What a programme's record says, validated; see {@link Programme} for what a unit leaves empty. */
public record ProgrammeDetails(String name, Integer standardCode, String standardReference, String standardVersion,
                               List<String> options, EpaoId epaoId, ApprenticeshipType type, String unitAimRef) {

    /** An ILR {@code LearnAimRef}: up to 8 letters and digits (DfE's FD_LearnAimRef_AL). */
    private static final String AIM_REF = "[A-Za-z0-9]{1,8}";

    /** The ILR {@code StdCode} is an int of at most 5 digits. */
    static final int MAX_STANDARD_CODE = 99_999;
    static final int MAX_OPTIONS = 20;

    public ProgrammeDetails {
        options = List.copyOf(options);
    }

    /** A standard's details (a foundation apprenticeship's by its FA reference). */
    public ProgrammeDetails(String name, int standardCode, String standardReference, String standardVersion,
                            List<String> options, EpaoId epaoId) {
        this(name, standardCode, standardReference, standardVersion, options, epaoId,
                ApprenticeshipType.ofStandard(standardReference), null);
    }

    /**
     * Validates raw input, recording every bad field in {@code checks}; {@code null} when any is bad.
     *
     * @param knownEpao          the ID the register or the provider's directory knows an EPAO by, if it knows it
     * @param catalogueReference the IfATE reference the standards catalogue gives a LARS code, if any
     */
    public static ProgrammeDetails parse(FieldChecks checks, String name, Integer standardCode,
                                         String standardReference, String standardVersion, List<String> options,
                                         String epaoId, Function<EpaoId, Optional<EpaoId>> knownEpao,
                                         IntFunction<Optional<String>> catalogueReference) {
        String programmeName = checks.required("name", name, value -> Text.line(value, 200));
        Integer code = checks.required("standardCode", standardCode, ProgrammeDetails::standardCode);
        String reference = checks.required("standardReference", standardReference, ProgrammeDetails::standardReference);
        if (code != null && reference != null) {
            catalogueReference.apply(code)
                    .filter(expected -> !expected.equals(reference))
                    .ifPresent(expected -> checks.reject("standardReference", "must be " + expected
                            + ": the standards catalogue gives that IfATE reference for standard code " + code));
        }
        String version = checks.required("standardVersion", standardVersion, ProgrammeDetails::standardVersion);
        List<String> programmeOptions = options(checks, options);
        EpaoId epao = EpaoId.parseKnown(checks, "epaoId", epaoId, knownEpao);
        return checks.hasErrors() ? null
                : new ProgrammeDetails(programmeName, code, reference, version, programmeOptions, epao);
    }

    /**
     * Validates an apprenticeship unit: a name and the unit's learning aim reference (LARS), nothing of
     * a standard and no assessment organisation, since a unit has no end-point assessment.
     */
    public static ProgrammeDetails parseUnit(FieldChecks checks, String name, String unitAimRef) {
        String programmeName = checks.required("name", name, value -> Text.line(value, 200));
        String aimRef = checks.required("unitAimRef", unitAimRef, ProgrammeDetails::unitAimRef);
        return checks.hasErrors() ? null : new ProgrammeDetails(programmeName, null, null, null, List.of(), null,
                ApprenticeshipType.APPRENTICESHIP_UNIT, aimRef);
    }

    static String unitAimRef(String value) {
        String normalised = value.strip().toUpperCase(Locale.ROOT);
        if (!normalised.matches(AIM_REF)) {
            throw new InvalidValueException("must be the unit's learning aim reference: up to 8 letters and digits, "
                    + "e.g. ZSC00001");
        }
        return normalised;
    }

    static int standardCode(int value) {
        if (value < 1 || value > MAX_STANDARD_CODE) {
            throw new InvalidValueException("must be a LARS standard code from 1 to " + MAX_STANDARD_CODE);
        }
        return value;
    }

    /** {@code ST} and 4 digits for a standard, {@code FA} and 4 digits for a foundation apprenticeship. */
    static String standardReference(String value) {
        String normalised = value.strip().toUpperCase(Locale.ROOT);
        if (!normalised.matches("(ST|FA)[0-9]{4}")) {
            throw new InvalidValueException("must be an IfATE reference: ST followed by 4 digits, e.g. ST0116, or FA "
                    + "and 4 digits for a foundation apprenticeship");
        }
        return normalised;
    }

    static String standardVersion(String value) {
        String trimmed = value.strip();
        if (!trimmed.matches("[0-9]{1,9}\\.[0-9]{1,9}")) {
            throw new InvalidValueException("must be a standard version such as 1.0 or 1.2");
        }
        return trimmed;
    }

    /** Options are optional as a whole; each given one must be present, distinct (ignoring case) and short. */
    private static List<String> options(FieldChecks checks, List<String> options) {
        if (options == null) {
            return List.of();
        }
        if (options.size() > MAX_OPTIONS) {
            checks.reject("options", "must have at most " + MAX_OPTIONS + " options");
            return List.of();
        }
        List<String> parsed = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String field = "options[" + i + "]";
            String option = checks.required(field, options.get(i), value -> Text.line(value, 100));
            if (option != null) {
                Integer earlier = firstIndex.putIfAbsent(option.toLowerCase(Locale.ROOT), i);
                if (earlier != null) {
                    checks.reject(field, "repeats options[" + earlier + "]; options must be distinct");
                }
                parsed.add(option);
            }
        }
        return parsed;
    }
}
