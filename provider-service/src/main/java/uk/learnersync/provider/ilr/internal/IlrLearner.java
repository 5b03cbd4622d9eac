package uk.learnersync.provider.ilr.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an ILR {@code Learner} that LearnerSync keeps, as the file gives them: codes are kept
 * raw so that the ESFA rules can report a bad one rather than the reader refusing it.
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

    /** A {@code LearnerEmploymentStatus}. */
    record Employment(int empStat, LocalDate dateEmpStatApp, String empId) {
    }

    /** A {@code LearningDelivery} (learning aim). */
    record Delivery(String learnAimRef, int aimType, int aimSeqNumber, LocalDate learnStartDate,
                    LocalDate learnPlanEndDate, int fundModel, Integer progType, Integer stdCode,
                    String delLocPostCode, String epaOrgId, int compStatus, LocalDate learnActEndDate,
                    Integer withdrawReason) {

        static final int PROGRAMME_AIM = 1;
        static final int APPRENTICESHIP_STANDARD = 25;
        static final int APPRENTICESHIPS_FUNDING = 36;
        static final int NOT_FUNDED = 99;
        static final String PROGRAMME_AIM_REF = "ZPROG001";

        /** The programme aim of an apprenticeship standard: AimType 1, ProgType 25. */
        boolean isApprenticeshipProgrammeAim() {
            return aimType == PROGRAMME_AIM && progType != null && progType == APPRENTICESHIP_STANDARD;
        }

        /** How ESFA's messages name the aim. */
        String label() {
            return "aim " + aimSeqNumber + " (" + learnAimRef + ")";
        }
    }

    /** The apprenticeship-standard programme aim; the latest started if the file has several. */
    Optional<Delivery> apprenticeshipProgrammeAim() {
        return deliveries.stream()
                .filter(Delivery::isApprenticeshipProgrammeAim)
                .reduce((first, second) -> second.learnStartDate().isBefore(first.learnStartDate()) ? first : second);
    }

    /** The employer of the latest employment status that names one. */
    Optional<String> empId() {
        return employments.stream()
                .filter(employment -> employment.empId() != null)
                .reduce((first, second) -> second.dateEmpStatApp().isBefore(first.dateEmpStatApp()) ? first : second)
                .map(Employment::empId);
    }
}
