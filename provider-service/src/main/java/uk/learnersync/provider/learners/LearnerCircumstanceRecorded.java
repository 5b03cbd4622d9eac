package uk.learnersync.provider.learners;

import java.time.LocalDate;
import java.util.Map;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A change of circumstance was applied to a learner's record, by an approved tracker (channel
 * {@code AUTOMATION}: CC-1..CC-4) or directly ({@code MANUAL}, or {@code IMPORT}: CC-5, nothing sent by
 * default). Published inside the transaction that applied it.
 *
 * @param detail what the tracker carried, as the EPA platform records it: {@code expectedReturnDate},
 *               {@code plannedEndDate}, {@code withdrawReason}, or the new programme
 */
public record LearnerCircumstanceRecorded(ProviderId providerId, LearnerId learnerId, CircumstanceType type,
                                          LocalDate effectiveDate, Map<String, Object> detail, ChangeOrigin origin) {

    public LearnerCircumstanceRecorded {
        detail = Map.copyOf(detail);
    }
}
