package uk.learnersync.provider.learners;

/** The changes of circumstance that the seed records on the EPA platform when a tracker is processed (CC-1..CC-4). */
public enum CircumstanceType {
    BREAK_IN_LEARNING,
    RETURN_TO_LEARNING,
    WITHDRAWAL,
    CHANGE_OF_PROGRAMME
}
