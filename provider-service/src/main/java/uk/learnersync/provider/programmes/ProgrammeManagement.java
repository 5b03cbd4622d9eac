package uk.learnersync.provider.programmes;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.epa.Epaos;
import uk.learnersync.provider.epa.Standard;
import uk.learnersync.provider.epa.Standards;
import uk.learnersync.provider.programmes.internal.ProgrammeStore;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;

/** Creating and changing programmes, for the API and the web pages alike. */
@Service
public class ProgrammeManagement {

    private final ProgrammeStore store;
    private final Epaos epaos;
    private final Standards standards;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ProgrammeManagement(ProgrammeStore store, Epaos epaos, Standards standards, AuditTrail audit,
                        ApplicationEventPublisher events) {
        this.store = store;
        this.epaos = epaos;
        this.standards = standards;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Validates raw input against the provider's EPAOs and the standards catalogue, recording every
     * bad field in {@code checks}; {@code null} when any is bad. A code the 2018 catalogue does not
     * know is a newer standard and is accepted as given.
     */
    @Transactional(readOnly = true)
    public ProgrammeDetails parse(ProviderId providerId, FieldChecks checks, String name, Integer standardCode,
                                  String standardReference, String standardVersion, List<String> options,
                                  String epaoId) {
        return ProgrammeDetails.parse(checks, name, standardCode, standardReference, standardVersion, options, epaoId,
                epao -> epaos.resolve(providerId, epao),
                code -> standards.find(code).map(Standard::reference));
    }

    /** Validates an apprenticeship unit (see {@link ProgrammeDetails#parseUnit}). */
    public ProgrammeDetails parseUnit(FieldChecks checks, String name, String unitAimRef) {
        return ProgrammeDetails.parseUnit(checks, name, unitAimRef);
    }

    @Transactional
    public Programme create(ProviderId providerId, ProgrammeDetails details, ChangeOrigin origin) {
        Programme programme = new Programme(new ProgrammeId(UUID.randomUUID()), providerId, details.name(),
                details.standardCode(), details.standardReference(), details.standardVersion(), details.options(),
                details.epaoId(), details.type(), details.unitAimRef(), 0);
        store.insert(programme);
        audit.record(providerId, "programme", programme.id().value(), origin, null, programme);
        return programme;
    }

    /**
     * Changes a programme; its learners follow a new EPAO, and the platforms a new standard version
     * (CV-5). The row is locked first and {@code change} turns the details it holds now into the new
     * ones, so a concurrent change of another field is kept (CV-6); a stale {@code expected} version
     * changes nothing.
     */
    @Transactional
    public Programme update(ProviderId providerId, ProgrammeId id, ExpectedVersion expected,
                            UnaryOperator<ProgrammeDetails> change, ChangeOrigin origin) {
        Programme before = store.findForUpdate(providerId, id).orElseThrow(() -> notFound(id));
        expected.check("programme", before);
        ProgrammeDetails details = change.apply(before.details());
        if (details.equals(before.details())) {
            return before;
        }
        Programme after = before.with(details, store.update(providerId, id, details));
        audit.record(providerId, "programme", id.value(), origin, before, after);
        events.publishEvent(new ProgrammeChanged(providerId, id, before, after, origin));
        return after;
    }

    @Transactional(readOnly = true)
    public Programme get(ProviderId providerId, ProgrammeId id) {
        return store.find(providerId, id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public List<Programme> list(ProviderId providerId) {
        return store.list(providerId);
    }

    private static NotFoundException notFound(ProgrammeId id) {
        return new NotFoundException("Programme", id);
    }
}
