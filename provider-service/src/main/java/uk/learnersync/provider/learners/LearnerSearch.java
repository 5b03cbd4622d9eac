package uk.learnersync.provider.learners;

import java.util.Set;

import uk.learnersync.validation.FieldChecks;

/**
 * A filter over the provider's learners, one page of them, ordered by name.
 *
 * @param name             part of the learner's given names and family name, in any case
 * @param registrationMode only learners registered this way, when given
 * @param among            only these learners, when given (e.g. those with a blocked sync task)
 */
public record LearnerSearch(String uln, String learnRefNumber, String name, RegistrationMode registrationMode,
                            Set<LearnerId> among, int page, int size) {

    public LearnerSearch {
        among = among == null ? null : Set.copyOf(among);
    }

    /** A search by ULN, reference or name alone. */
    public LearnerSearch(String uln, String learnRefNumber, String name, int page, int size) {
        this(uln, learnRefNumber, name, null, null, page, size);
    }

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Checks the page and size and drops blank filters; records a bad paging field in {@code checks}. */
    public static LearnerSearch of(FieldChecks checks, String uln, String learnRefNumber, String name, Integer page,
                                   Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 0) {
            checks.reject("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            checks.reject("size", "must be 1 to " + MAX_SIZE);
        }
        return new LearnerSearch(blankToNull(uln), blankToNull(learnRefNumber), blankToNull(name), pageNumber,
                pageSize);
    }

    /** The same search, narrowed to a registration mode and to some learners ({@code null}: no narrowing). */
    public LearnerSearch narrowedTo(RegistrationMode mode, Set<LearnerId> learners) {
        return new LearnerSearch(uln, learnRefNumber, name, mode, learners, page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
