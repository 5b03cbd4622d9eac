package uk.learnersync.epaplatform.apprentices;

/** A change the platform refuses for a business reason, stated by its code; nothing is applied. */
public class Refusal extends RuntimeException {

    private final RefusalCode code;

    public Refusal(RefusalCode code, String message) {
        super(message);
        this.code = code;
    }

    public RefusalCode code() {
        return code;
    }
}
