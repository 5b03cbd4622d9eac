package uk.learnersync.provider.learners.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.programmes.ProgrammeChanged;

/** A programme's learners follow its new EPAO in the same transaction as the programme's change (CV-5). */
@Component
class ProgrammeFollowers {

    private final LearnerManagement records;

    ProgrammeFollowers(LearnerManagement records) {
        this.records = records;
    }

    @EventListener
    void on(ProgrammeChanged event) {
        // An apprenticeship unit has no EPAO to follow (it has no end-point assessment).
        if (event.epaoChanged() && event.before().epaoId() != null && event.after().epaoId() != null) {
            records.followProgrammeEpao(event.providerId(), event.programmeId(), event.before().epaoId(),
                    event.after().epaoId(), event.origin());
        }
    }
}
