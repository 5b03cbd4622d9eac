package uk.learnersync.epaplatform.apprentices;

/** The ILR {@code Sex} code. */
public enum Sex {
    F("Female"), M("Male");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
