package uk.learnersync.provider.ilr;

import java.time.Instant;
import java.util.List;

/**
 * What an import did with each learner of a file: {@code created + updated + rejected + skipped = learners}.
 *
 * @param updated   learners already known by their LearnRefNumber; {@code unchanged} of them had nothing new
 * @param rejected  learners with an error: nothing of theirs was stored
 * @param skipped   learners without an apprenticeship-standard programme aim, which LearnerSync does not keep
 * @param errors    the findings, errors and warnings, in file order
 */
public record ImportReport(ImportReportId id, Instant createdAt, int learners, int created, int updated,
                           int unchanged, int rejected, int skipped, List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
