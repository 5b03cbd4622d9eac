package uk.learnersync.epaplatform.faults;

/** The fault in force; {@code errorRate} applies to {@code ERRORS}, {@code delayMs} to {@code SLOW}. */
public record FaultSettings(FaultMode mode, double errorRate, int delayMs) {

    public static final double DEFAULT_ERROR_RATE = 0.3;
    public static final int DEFAULT_DELAY_MS = 2000;
    public static final int MAX_DELAY_MS = 60_000;

    public static final FaultSettings NONE = new FaultSettings(FaultMode.NONE, DEFAULT_ERROR_RATE, DEFAULT_DELAY_MS);

    public FaultSettings {
        if (mode == null || errorRate < 0 || errorRate > 1 || delayMs < 0 || delayMs > MAX_DELAY_MS) {
            throw new IllegalArgumentException("Invalid fault settings " + mode + ", " + errorRate + ", " + delayMs);
        }
    }
}
