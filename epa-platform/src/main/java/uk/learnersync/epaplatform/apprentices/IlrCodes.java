package uk.learnersync.epaplatform.apprentices;

import java.util.Map;
import java.util.Optional;

/** The names of the ILR codes an apprentice record carries (ESFA's lookups), to show people names, not codes. */
public final class IlrCodes {

    private static final Map<Integer, String> ETHNICITIES = Map.ofEntries(
            Map.entry(31, "English, Welsh, Scottish, Northern Irish or British"),
            Map.entry(32, "Irish"),
            Map.entry(33, "Gypsy or Irish Traveller"),
            Map.entry(34, "Any other White background"),
            Map.entry(35, "White and Black Caribbean"),
            Map.entry(36, "White and Black African"),
            Map.entry(37, "White and Asian"),
            Map.entry(38, "Any other Mixed or multiple ethnic background"),
            Map.entry(39, "Indian"),
            Map.entry(40, "Pakistani"),
            Map.entry(41, "Bangladeshi"),
            Map.entry(42, "Chinese"),
            Map.entry(43, "Any other Asian background"),
            Map.entry(44, "African"),
            Map.entry(45, "Caribbean"),
            Map.entry(46, "Any other Black, African or Caribbean background"),
            Map.entry(47, "Arab"),
            Map.entry(98, "Any other ethnic group"),
            Map.entry(99, "Not provided"));

    private static final Map<Integer, String> WITHDRAW_REASONS = Map.ofEntries(
            Map.entry(2, "Transferred to another provider"),
            Map.entry(3, "Injury or illness"),
            Map.entry(7, "Transferred between providers by intervention of or with the agreement of the ESFA"),
            Map.entry(28, "OLASS learner withdrawn due to circumstances outside the provider's control"),
            Map.entry(29, "Made redundant"),
            Map.entry(40, "Transferred to a new learning aim with the same provider"),
            Map.entry(41, "Transferred to another provider for learning that meets a government strategy"),
            Map.entry(42, "Academic failure, left in bad standing or not permitted to progress"),
            Map.entry(43, "Financial reasons"),
            Map.entry(44, "Other personal reasons"),
            Map.entry(45, "Written off after lapse of time"),
            Map.entry(46, "Exclusion"),
            Map.entry(47, "Transferred to another provider due to merger"),
            Map.entry(48, "Industry placement learner withdrawn due to circumstances outside the provider's control"),
            Map.entry(97, "Other"),
            Map.entry(98, "Reason not known"));

    private IlrCodes() {
    }

    /** The name of an ILR Ethnicity code. */
    public static Optional<String> ethnicity(int code) {
        return Optional.ofNullable(ETHNICITIES.get(code));
    }

    /** The name of an ILR WithdrawReason code. */
    public static Optional<String> withdrawReason(int code) {
        return Optional.ofNullable(WITHDRAW_REASONS.get(code));
    }
}
