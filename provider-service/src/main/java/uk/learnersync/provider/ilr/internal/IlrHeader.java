package uk.learnersync.provider.ilr.internal;

import java.time.LocalDate;

/** What LearnerSync reads of an ILR file's header: whose file it is and when it was prepared. */
record IlrHeader(String sourceUkprn, String learningProviderUkprn, LocalDate filePreparationDate) {
}
