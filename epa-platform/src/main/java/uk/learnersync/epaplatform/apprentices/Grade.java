package uk.learnersync.epaplatform.apprentices;

/** An end-point assessment's grade; every grade but {@code FAIL} is a pass. */
public enum Grade {
    PASS("Pass"), MERIT("Merit"), DISTINCTION("Distinction"), FAIL("Fail");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPass() {
        return this != FAIL;
    }
}
