package uk.learnersync.provider.ilr;

import java.time.Instant;
import java.util.List;

/**
 * What an import did with each learner of a file: {@code created + updated + rejected + skipped = learners}.
 *
 * @param year      the collection year the file was read as, by its namespace
 * @param updated   learners already known by their LearnRefNumber; {@code unchanged} of them had nothing new
 * @param rejected  learners with an error: nothing of theirs was stored
 * @param skipped   learners without the programme aim of an apprenticeship standard or (from 2026/27) an
 *                  apprenticeship unit, which LearnerSync does not keep
 * @param errors    the findings, errors and warnings, in file order
 */
public record ImportReport(ImportReportId id, Instant createdAt, IlrYear year, int learners, int created,
                           int updated, int unchanged, int rejected, int skipped, List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
