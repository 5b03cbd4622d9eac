package uk.learnersync.provider.epa.internal;

/** Search text as a SQL {@code LIKE} pattern. */
final class Patterns {

    private Patterns() {
    }

    /** Matches values containing {@code query} literally ({@code %} and {@code _} lose their meaning); everything when blank. */
    static String contains(String query) {
        if (query == null || query.isBlank()) {
            return "%";
        }
        return "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
