package uk.learnersync.provider.learners;

import uk.learnersync.validation.InvalidValueException;

/** ILR {@code Ethnicity}, the codes and descriptions of ESFA's lookup (rule Ethnicity_01). */
public enum Ethnicity {
    WHITE_BRITISH(31, "English / Welsh / Scottish / Northern Irish / British"),
    WHITE_IRISH(32, "Irish"),
    GYPSY_OR_IRISH_TRAVELLER(33, "Gypsy or Irish Traveller"),
    OTHER_WHITE(34, "Any Other White background"),
    WHITE_AND_BLACK_CARIBBEAN(35, "White and Black Caribbean"),
    WHITE_AND_BLACK_AFRICAN(36, "White and Black African"),
    WHITE_AND_ASIAN(37, "White and Asian"),
    OTHER_MIXED(38, "Any Other Mixed / multiple ethnic background"),
    INDIAN(39, "Indian"),
    PAKISTANI(40, "Pakistani"),
    BANGLADESHI(41, "Bangladeshi"),
    CHINESE(42, "Chinese"),
    OTHER_ASIAN(43, "Any other Asian background"),
    AFRICAN(44, "African"),
    CARIBBEAN(45, "Caribbean"),
    OTHER_BLACK(46, "Any other Black / African / Caribbean background"),
    ARAB(47, "Arab"),
    OTHER(98, "Any other ethnic group"),
    NOT_PROVIDED(99, "Not provided");

    private final int code;
    private final String description;

    Ethnicity(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Ethnicity of(int code) {
        for (Ethnicity ethnicity : values()) {
            if (ethnicity.code == code) {
                return ethnicity;
            }
        }
        throw new InvalidValueException("must be an ILR Ethnicity code: 31 to 47, 98 or 99 (Ethnicity_01)");
    }
}
