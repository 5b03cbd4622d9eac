package uk.learnersync.provider.programmes;

import java.util.List;

import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.shared.ProviderId;

/**
 * An apprenticeship programme the provider delivers: one standard (LARS code, IfATE reference,
 * version), its options (specialisms) and the EPAO that assesses it by default.
 */
public record Programme(ProgrammeId id, ProviderId providerId, String name, int standardCode,
                        String standardReference, String standardVersion, List<String> options, EpaoId epaoId) {
}
