package uk.learnersync.provider.ilr.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an ILR {@code Learner} that LearnerSync keeps, as the file gives them, the same for
 * every collection year: codes are kept raw so that DfE's rules can report a bad one rather than the
 * reader refusing it, and 2025/26 hours are held as the HRS records DfE migrates them to.
 */
record IlrLearner(String learnRefNumber, String uln, String familyName, String givenNames, LocalDate dateOfBirth,
                  int ethnicity, String sex, String postcode, List<String> addressLines, String email,
                  List<Employment> employments, List<Delivery> deliveries) {

    /** ESFA's code for a postcode that is not known. */
    static final String UNKNOWN_POSTCODE = "ZZ99 9ZZ";

    IlrLearner {
        addressLines = List.copyOf(addressLines);
        employments = List.copyOf(employments);
        deliveries = List.copyOf(deliveries);
    }

    /** A {@code LearnerEmploymentStatus}; {@code agreemId} from 2026/27. */
    record Employment(int empStat, LocalDate dateEmpStatApp, String empId, String agreemId) {
    }

    /** An {@code HRSRecord} (2026/27), or the PHours, OTJActHours or AddHours it replaced. */
    record Hours(int code, int amount) {

        boolean is(HrsCode known) {
            return code == known.code();
        }
    }

    /** An {@code AppFinRecord}: a price (TNP), a payment (PMR) or, from 2026/27, a price reduction (RIP). */
    record Finance(String type, int code, LocalDate date, int amount) {

        static final String PRICE_REDUCTION = "RIP";
        /** RIP 1: price reduction due to prior learning. */
        static final int PRIOR_LEARNING = 1;

        boolean isPriorLearningReduction() {
            return type.equals(PRICE_REDUCTION) && code == PRIOR_LEARNING;
        }
    }

    /**
     * A {@code LearningDelivery} (learning aim).
     *
     * @param restart whether the aim is a restart (LearningDeliveryFAM RES), which some of DfE's rules exempt
     */
    /**
     * @param outcome  the ILR Outcome, AchDate and OutGrade of a completed aim, which LearnerSync writes
     *                 (an approved EPA outcome, TW-2) but does not take from a file
     */
    record Delivery(String learnAimRef, int aimType, int aimSeqNumber, LocalDate learnStartDate,
                    LocalDate learnPlanEndDate, int fundModel, Integer progType, Integer stdCode,
                    String delLocPostCode, String epaOrgId, int compStatus, LocalDate learnActEndDate,
                    Integer withdrawReason, Integer outcome, LocalDate achDate, String outGrade, boolean restart,
                    List<Hours> hours, List<Finance> finances) {

        /** An aim as a file gives it, without the completion LearnerSync does not read. */
        Delivery(String learnAimRef, int aimType, int aimSeqNumber, LocalDate learnStartDate,
                 LocalDate learnPlanEndDate, int fundModel, Integer progType, Integer stdCode, String delLocPostCode,
                 String epaOrgId, int compStatus, LocalDate learnActEndDate, Integer withdrawReason, boolean restart,
                 List<Hours> hours, List<Finance> finances) {
            this(learnAimRef, aimType, aimSeqNumber, learnStartDate, learnPlanEndDate, fundModel, progType, stdCode,
                    delLocPostCode, epaOrgId, compStatus, learnActEndDate, withdrawReason, null, null, null, restart,
                    hours, finances);
        }

        static final int PROGRAMME_AIM = 1;
        static final int COMPONENT_AIM = 3;
        static final int APPRENTICESHIP_STANDARD = 25;
        /** ProgType 34, from 2026/27: Growth and Skills Offer apprenticeship units. */
        static final int APPRENTICESHIP_UNIT = 34;
        static final int APPRENTICESHIPS_FUNDING = 36;
        /** FundModel 39, from 2026/27: Growth and Skills short course offer, which funds apprenticeship units. */
        static final int SHORT_COURSES_FUNDING = 39;
        static final int NOT_FUNDED = 99;
        static final String PROGRAMME_AIM_REF = "ZPROG001";

        Delivery {
            hours = List.copyOf(hours);
            finances = List.copyOf(finances);
        }

        /** The programme aim of an apprenticeship standard (foundation apprenticeships too): AimType 1, ProgType 25. */
        boolean isApprenticeshipProgrammeAim() {
            return aimType == PROGRAMME_AIM && progType != null && progType == APPRENTICESHIP_STANDARD;
        }

        /** The programme aim of an apprenticeship unit: AimType 1, ProgType 34. */
        boolean isUnitProgrammeAim() {
            return aimType == PROGRAMME_AIM && isUnit();
        }

        boolean isUnit() {
            return progType != null && progType == APPRENTICESHIP_UNIT;
        }

        Optional<Integer> hours(HrsCode code) {
            return hours.stream().filter(record -> record.is(code)).map(Hours::amount).findFirst();
        }

        Optional<Finance> priorLearningReduction() {
            return finances.stream().filter(Finance::isPriorLearningReduction).findFirst();
        }

        /** How DfE's messages name the aim. */
        String label() {
            return "aim " + aimSeqNumber + " (" + learnAimRef + ")";
        }
    }

    /**
     * The programme aim LearnerSync keeps: an apprenticeship standard's or an apprenticeship unit's; the
     * latest started if the file has several.
     */
    Optional<Delivery> apprenticeshipProgrammeAim() {
        return deliveries.stream()
                .filter(delivery -> delivery.isApprenticeshipProgrammeAim() || delivery.isUnitProgrammeAim())
                .reduce((first, second) -> second.learnStartDate().isBefore(first.learnStartDate()) ? first : second);
    }

    /** An apprenticeship unit's component aim, which names the unit (DfE's R_159, R_160: same dates as the programme aim). */
    Optional<Delivery> unitComponentAim(Delivery programmeAim) {
        return deliveries.stream()
                .filter(delivery -> delivery.aimType() == Delivery.COMPONENT_AIM && delivery.isUnit()
                        && delivery.learnStartDate().equals(programmeAim.learnStartDate()))
                .findFirst();
    }

    /** The employer of the latest employment status that names one. */
    Optional<String> empId() {
        return employments.stream()
                .filter(employment -> employment.empId() != null)
                .reduce((first, second) -> second.dateEmpStatApp().isBefore(first.dateEmpStatApp()) ? first : second)
                .map(Employment::empId);
    }

    /** The agreement ID of the latest employment status that names one. */
    Optional<String> agreemId() {
        return employments.stream()
                .filter(employment -> employment.agreemId() != null)
                .reduce((first, second) -> second.dateEmpStatApp().isBefore(first.dateEmpStatApp()) ? first : second)
                .map(Employment::agreemId);
    }
}
