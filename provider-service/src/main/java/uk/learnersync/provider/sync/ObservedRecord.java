package uk.learnersync.provider.sync;

import java.time.LocalDate;

/**
 * A learner's record as an EPA platform holds it, read back: its own status there and what the EPAO
 * recorded of the end-point assessment, and the sections the provider keeps it in step with
 * ({@code held}, whose status is the nearest the provider's view has: a retake's review or further
 * learning is on programme, a certificate is completed).
 *
 * @param status the platform's own status, e.g. {@code RETAKE_REVIEW}
 */
public record ObservedRecord(String apprenticeId, String status, LocalDate gatewayDate, String grade,
                             LocalDate assessmentDate, PlatformRecord held) {

    /** The status as the provider's records know them. */
    public static PlatformStatus providerView(String platformStatus) {
        return switch (platformStatus) {
            case "SUSPENDED" -> PlatformStatus.SUSPENDED;
            case "WITHDRAWN" -> PlatformStatus.WITHDRAWN;
            case "CANCELLED" -> PlatformStatus.CANCELLED;
            case "COMPLETED", "CERTIFIED" -> PlatformStatus.COMPLETED;
            default -> PlatformStatus.ON_PROGRAMME;
        };
    }
}
