package uk.learnersync.provider.programmes;

import java.util.List;

import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.shared.Versioned;

/**
 * An apprenticeship programme the provider delivers: one standard (LARS code, IfATE reference,
 * version), its options (specialisms) and the EPAO that assesses it by default; or an apprenticeship
 * unit, which is a learning aim of its own with no standard and no end-point assessment.
 *
 * @param standardCode      the LARS standard code; none for an apprenticeship unit
 * @param standardReference the IfATE reference ({@code ST} or, for a foundation apprenticeship, {@code FA}); none for a unit
 * @param standardVersion   the standard's version; none for a unit
 * @param epaoId            the assessment organisation; none for a unit
 * @param unitAimRef        an apprenticeship unit's learning aim reference (ILR LearnAimRef of its component aim)
 * @param version           the record's, which every write moves (not to be confused with {@code standardVersion})
 */
public record Programme(ProgrammeId id, ProviderId providerId, String name, Integer standardCode,
                        String standardReference, String standardVersion, List<String> options, EpaoId epaoId,
                        ApprenticeshipType type, String unitAimRef, long version) implements Versioned {

    public boolean isApprenticeshipUnit() {
        return type == ApprenticeshipType.APPRENTICESHIP_UNIT;
    }

    public ProgrammeDetails details() {
        return new ProgrammeDetails(name, standardCode, standardReference, standardVersion, options, epaoId, type,
                unitAimRef);
    }

    /** The programme with new details, at the version their write gave the record. */
    public Programme with(ProgrammeDetails details, long newVersion) {
        return new Programme(id, providerId, details.name(), details.standardCode(), details.standardReference(),
                details.standardVersion(), details.options(), details.epaoId(), details.type(), details.unitAimRef(),
                newVersion);
    }
}
