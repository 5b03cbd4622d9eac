package uk.learnersync.provider.audit;

import java.util.List;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.ProviderId;

/** The audit trail as the API and the pages read it. */
public interface AuditLog {

    /** The audit events of one of the provider's learners, oldest first; empty for another provider's. */
    List<AuditEntry> ofLearner(ProviderId providerId, LearnerId learnerId);
}
