package uk.learnersync.epaplatform.apprentices;

/** The changes of circumstance a provider records, and the status each leaves the apprentice in. */
public enum CircumstanceType {
    BREAK_IN_LEARNING,
    RETURN_TO_LEARNING,
    WITHDRAWAL,
    /** The programme change itself is its own call; this records the circumstance only. */
    CHANGE_OF_PROGRAMME,
    /** The provider moved the apprentice to another EPAO (RULES.md PC-3): withdrawn here. */
    TRANSFER_TO_ANOTHER_EPAO,
    CANCELLATION;

    ApprenticeStatus statusAfter(ApprenticeStatus current) {
        return switch (this) {
            case BREAK_IN_LEARNING -> ApprenticeStatus.SUSPENDED;
            case RETURN_TO_LEARNING -> ApprenticeStatus.ON_PROGRAMME;
            case WITHDRAWAL, TRANSFER_TO_ANOTHER_EPAO -> ApprenticeStatus.WITHDRAWN;
            case CHANGE_OF_PROGRAMME -> current;
            case CANCELLATION -> ApprenticeStatus.CANCELLED;
        };
    }
}
