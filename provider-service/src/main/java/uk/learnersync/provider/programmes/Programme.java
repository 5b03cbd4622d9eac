package uk.learnersync.provider.programmes;

import java.util.List;

import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.shared.Versioned;

/**
 * An apprenticeship programme the provider delivers: one standard (LARS code, IfATE reference,
 * version), its options (specialisms) and the EPAO that assesses it by default. {@code version} is the
 * record's, which every write moves; {@code standardVersion} is the standard's.
 */
public record Programme(ProgrammeId id, ProviderId providerId, String name, int standardCode,
                        String standardReference, String standardVersion, List<String> options, EpaoId epaoId,
                        long version) implements Versioned {

    public ProgrammeDetails details() {
        return new ProgrammeDetails(name, standardCode, standardReference, standardVersion, options, epaoId);
    }

    /** The programme with new details, at the version their write gave the record. */
    public Programme with(ProgrammeDetails details, long newVersion) {
        return new Programme(id, providerId, details.name(), details.standardCode(), details.standardReference(),
                details.standardVersion(), details.options(), details.epaoId(), newVersion);
    }
}
