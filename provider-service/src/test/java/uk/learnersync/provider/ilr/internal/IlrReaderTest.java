package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class IlrReaderTest {

    @Test
    void readsTheHeaderBeforeTheFirstLearner() throws Exception {
        try (IlrReader reader = reader(IlrFiles.sample())) {
            assertThat(reader.header()).isEqualTo(new IlrHeader("99999999", "99999999", LocalDate.of(2025, 1, 8)));
        }
    }

    @Test
    void readsEveryLearnerOfEsfasSample() throws Exception {
        List<IlrLearner> learners = readAll(IlrFiles.sample());

        assertThat(learners).hasSize(19);
        assertThat(learners).extracting(IlrLearner::learnRefNumber)
                .contains("16Learner", "StandLearn", "Levy", "ASFLearner");
    }

    @Test
    void readsAnApprenticeWithEmploymentAndProgrammeAim() throws Exception {
        IlrLearner levy = learner(readAll(IlrFiles.sample()), "Levy");

        assertThat(levy.uln()).isEqualTo("1004014316");
        assertThat(levy.familyName()).isEqualTo("John");
        assertThat(levy.givenNames()).isEqualTo("Smith");
        assertThat(levy.dateOfBirth()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(levy.sex()).isEqualTo("M");
        assertThat(levy.ethnicity()).isEqualTo(31);
        assertThat(levy.email()).isEqualTo("name-name@xyz.com");
        assertThat(levy.postcode()).isEqualTo("BB1 1ZZ");
        assertThat(levy.addressLines()).containsExactly("10 Acacia Avenue", "Suburbia", "My Town");
        assertThat(levy.empId()).contains("907173756");
        assertThat(levy.deliveries()).hasSize(5);
        assertThat(levy.apprenticeshipProgrammeAim()).hasValueSatisfying(aim -> {
            assertThat(aim.learnAimRef()).isEqualTo("ZPROG001");
            assertThat(aim.stdCode()).isEqualTo(28);
            assertThat(aim.fundModel()).isEqualTo(36);
            assertThat(aim.epaOrgId()).isEqualTo("EPA0175");
            assertThat(aim.learnStartDate()).isEqualTo(LocalDate.of(2019, 7, 1));
            assertThat(aim.learnPlanEndDate()).isEqualTo(LocalDate.of(2020, 12, 30));
            assertThat(aim.compStatus()).isEqualTo(1);
            assertThat(aim.delLocPostCode()).isEqualTo("CV1 2WT");
        });
    }

    @Test
    void readsTheHoursOf2025_26AsTheHrsRecordsDfeMigratesThemTo() throws Exception {
        String withHours = IlrFiles.sample().replaceFirst("(<LearnRefNumber>Levy</LearnRefNumber>[\\s\\S]*?<AimType>1</AimType>"
                + "[\\s\\S]*?<FundModel>36</FundModel>)", "$1<PHours>360</PHours><OTJActHours>120</OTJActHours>");

        IlrLearner.Delivery aim = learner(readAll(withHours), "Levy").apprenticeshipProgrammeAim().orElseThrow();

        assertThat(aim.hours()).containsExactly(new IlrLearner.Hours(1, 360), new IlrLearner.Hours(3, 120));
    }

    @Test
    void readsDfes2026_27SampleWithItsAgreementHoursAndApprenticeshipUnit() throws Exception {
        List<IlrLearner> learners = readAll2627();

        IlrLearner levy = learner(learners, "Levy");
        assertThat(levy.agreemId()).contains("A123456");
        assertThat(levy.apprenticeshipProgrammeAim()).hasValueSatisfying(aim -> {
            assertThat(aim.hours(HrsCode.PLANNED_OFF_THE_JOB)).contains(360);
            assertThat(aim.finances()).extracting(IlrLearner.Finance::type).containsExactly("TNP", "TNP");
            assertThat(aim.learnStartDate()).isEqualTo(LocalDate.of(2026, 8, 1));
        });
        IlrLearner unit = learner(learners, "GrowthUnits");
        IlrLearner.Delivery unitAim = unit.apprenticeshipProgrammeAim().orElseThrow();
        assertThat(unitAim.isUnitProgrammeAim()).isTrue();
        assertThat(unitAim.fundModel()).isEqualTo(39);
        assertThat(unit.unitComponentAim(unitAim)).map(IlrLearner.Delivery::learnAimRef).contains("ZSC00001");
        assertThat(unit.agreemId()).contains("A123456");
        assertThat(learner(learners, "OtherAdult").deliveries().get(0).restart()).isTrue();
    }

    @Test
    void aLearnerWithoutAnApprenticeshipStandardProgrammeAimHasNone() throws Exception {
        assertThat(learner(readAll(IlrFiles.sample()), "16Learner").apprenticeshipProgrammeAim()).isEmpty();
    }

    static List<IlrLearner> readAll2627() {
        try {
            return readAll(IlrFiles.sample2627());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<IlrLearner> readAll(String xml) throws Exception {
        List<IlrLearner> learners = new ArrayList<>();
        try (IlrReader reader = reader(xml)) {
            reader.header();
            for (Optional<IlrLearner> next = reader.next(); next.isPresent(); next = reader.next()) {
                learners.add(next.get());
            }
        }
        return learners;
    }

    static IlrLearner learner(List<IlrLearner> learners, String learnRefNumber) {
        return learners.stream().filter(learner -> learner.learnRefNumber().equals(learnRefNumber)).findFirst()
                .orElseThrow();
    }

    private static IlrReader reader(String xml) throws Exception {
        return new IlrReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
