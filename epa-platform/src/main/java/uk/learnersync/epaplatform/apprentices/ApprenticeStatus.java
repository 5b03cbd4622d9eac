package uk.learnersync.epaplatform.apprentices;

public enum ApprenticeStatus {
    ON_PROGRAMME, SUSPENDED, WITHDRAWN, CANCELLED, COMPLETED
}
