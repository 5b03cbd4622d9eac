package uk.learnersync.provider.learners;

import java.util.random.RandomGenerator;

import uk.learnersync.validation.InvalidValueException;

/** The provider's own reference of a learner, ILR {@code LearnRefNumber}: 1 to 12 letters, digits or spaces. */
public record LearnRefNumber(String value) {

    private static final String BASE_36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public LearnRefNumber {
        if (value == null || !value.matches("[A-Za-z0-9 ]{1,12}")) {
            throw new InvalidValueException("must be 1 to 12 letters, digits or spaces (ILR LearnRefNumber)");
        }
    }

    /** Trims the ends: the ILR pattern allows inner spaces, but leading or trailing ones are never meant. */
    public static LearnRefNumber of(String raw) {
        return new LearnRefNumber(raw == null ? null : raw.strip());
    }

    /** {@code LS} and 10 random base-36 characters: 36^10 values make a clash within one provider a rarity. */
    public static LearnRefNumber generate(RandomGenerator random) {
        StringBuilder value = new StringBuilder("LS");
        for (int i = 0; i < 10; i++) {
            value.append(BASE_36.charAt(random.nextInt(BASE_36.length())));
        }
        return new LearnRefNumber(value.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
