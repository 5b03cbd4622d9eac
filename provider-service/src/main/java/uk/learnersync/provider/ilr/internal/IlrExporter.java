package uk.learnersync.provider.ilr.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.employers.EmpId;
import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerAddress;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.Employers;
import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.provider.learners.Completion;
import uk.learnersync.provider.learners.Enrolment;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.learners.LearnerSearch;
import uk.learnersync.provider.learners.OffTheJobHours;
import uk.learnersync.provider.learners.OffTheJobHours.PriorLearning;
import uk.learnersync.provider.programmes.Programme;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.programmes.Programmes;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.tenancy.Providers;

/**
 * Writes the provider's learners as an ILR file of a collection year, page by page, so that memory
 * stays bounded: an apprentice on a standard (or a foundation apprenticeship) with its programme aim
 * (AimType 1, FundModel 36, ProgType 25) and, from 2026/27, one on an apprenticeship unit with its
 * programme and component aims (FundModel 39, ProgType 34); each with an employment status naming its
 * employer and agreement where known. What the year cannot hold is left out, and said.
 */
@Component
public class IlrExporter {

    /** ESFA's files are stamped in UK time. */
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** At most this many learner references are named in a warning; the rest are counted. */
    private static final int NAMED = 10;

    private final LearnerManagement learners;
    private final Programmes programmes;
    private final Employers employers;
    private final Providers providers;

    IlrExporter(LearnerManagement learners, Programmes programmes, Employers employers, Providers providers) {
        this.learners = learners;
        this.programmes = programmes;
        this.employers = employers;
        this.providers = providers;
    }

    /** What a year leaves out of a file, because it has no field for it. */
    enum LeftOut {
        APPRENTICESHIP_UNIT("apprenticeship units (FundModel 39, ProgType 34) are left out: the year has no such "
                + "programme"),
        UKPRN_EPAO("EPAOrgID is left out where it is an assessment organisation's UKPRN, which the year cannot hold"),
        AGREEM_ID("AgreemId is left out: the year has no such field"),
        PRIOR_LEARNING("prior learning's HRS 4 and its AppFinRecord RIP 1 are left out: the year holds neither");

        private final String message;

        LeftOut(String message) {
            this.message = message;
        }
    }

    /**
     * What a file of {@code year} would hold of the provider's learners: whether any (an ILR file holds at
     * least one), and what the year leaves out, one warning for each kind, naming the learners.
     */
    public record Plan(boolean holdsALearner, List<String> leftOut) {
    }

    public Plan plan(ProviderId providerId, IlrYear year) {
        if (year.holds2627Additions()) {
            return new Plan(!page(providerId, 0).isEmpty(), List.of());
        }
        Map<LeftOut, List<String>> learnersLeftOut = new EnumMap<>(LeftOut.class);
        boolean[] holdsALearner = {false};
        forEachLearner(providerId, year, (kind, learner) -> learnersLeftOut.computeIfAbsent(kind,
                key -> new ArrayList<>()).add(learner.learnRefNumber()), ilr -> holdsALearner[0] = true);
        List<String> warnings = new ArrayList<>();
        learnersLeftOut.forEach((kind, references) -> warnings.add(year.label() + ": " + kind.message + " ("
                + references.size() + (references.size() == 1 ? " learner: " : " learners: ")
                + String.join(", ", references.subList(0, Math.min(NAMED, references.size())))
                + (references.size() > NAMED ? " and " + (references.size() - NAMED) + " more" : "") + ")"));
        return new Plan(holdsALearner[0], warnings);
    }

    public void export(ProviderId providerId, IlrYear year, OutputStream out) throws IOException {
        String ukprn = providers.find(providerId).orElseThrow(() -> new NotFoundException("Provider", providerId))
                .ukprn().value();
        try (IlrWriter writer = new IlrWriter(out, year, ukprn, LocalDateTime.now(UK))) {
            forEachLearner(providerId, year, (kind, learner) -> { }, ilr -> {
                try {
                    writer.write(ilr);
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (XMLStreamException | IllegalStateException e) {
            throw new IOException("The ILR file could not be written", e);
        }
    }

    /** Something a year leaves out of a learner's record. */
    @FunctionalInterface
    private interface Omissions {
        void leftOut(LeftOut kind, Learner learner);
    }

    private void forEachLearner(ProviderId providerId, IlrYear year, Omissions omissions, Consumer<IlrLearner> each) {
        Map<ProgrammeId, Programme> programmesById = new HashMap<>();
        Map<EmployerId, Optional<Employer>> employersById = new HashMap<>();
        for (int page = 0; ; page++) {
            List<Learner> learnersOnPage = page(providerId, page);
            for (Learner learner : learnersOnPage) {
                Programme programme = programmesById.computeIfAbsent(learner.enrolment().programmeId(),
                        id -> programmes.find(providerId, id).orElseThrow());
                Optional<Employer> employer = learner.employerId() == null ? Optional.empty()
                        : employersById.computeIfAbsent(learner.employerId(), id -> employers.find(providerId, id));
                ilrLearner(learner, programme, employer, year, omissions).ifPresent(each);
            }
            if (learnersOnPage.size() < LearnerSearch.MAX_SIZE) {
                return;
            }
        }
    }

    private List<Learner> page(ProviderId providerId, int page) {
        return learners.search(providerId, new LearnerSearch(null, null, null, page, LearnerSearch.MAX_SIZE));
    }

    private static Optional<IlrLearner> ilrLearner(Learner learner, Programme programme, Optional<Employer> employer,
                                                   IlrYear year, Omissions omissions) {
        boolean full = year.holds2627Additions();
        if (programme.isApprenticeshipUnit() && !full) {
            omissions.leftOut(LeftOut.APPRENTICESHIP_UNIT, learner);
            return Optional.empty();
        }
        Enrolment enrolment = learner.enrolment();
        Optional<String> empId = employer.map(Employer::empId).map(EmpId::value);
        String agreemId = learner.agreemId() == null ? null : learner.agreemId().value();
        if (agreemId != null && !full) {
            omissions.leftOut(LeftOut.AGREEM_ID, learner);
            agreemId = null;
        }
        List<IlrLearner.Employment> employments = empId.isPresent() || agreemId != null
                ? List.of(new IlrLearner.Employment(IlrWriter.IN_PAID_EMPLOYMENT, enrolment.startDate(),
                        empId.orElse(null), agreemId))
                : List.of();
        String workplacePostcode = employer.flatMap(known -> known.address(learner.employerAddressId()))
                .map(EmployerAddress::postcode).map(Object::toString).orElse(null);
        String epaOrgId = enrolment.epaoId() == null ? null : enrolment.epaoId().value();
        if (enrolment.epaoId() != null && enrolment.epaoId().isUkprn() && !full) {
            omissions.leftOut(LeftOut.UKPRN_EPAO, learner);
            epaOrgId = null;
        }
        List<IlrLearner.Delivery> aims = programme.isApprenticeshipUnit()
                ? unitAims(learner, programme, workplacePostcode)
                : List.of(standardAim(learner, programme, workplacePostcode, epaOrgId, full, omissions));
        return Optional.of(new IlrLearner(learner.learnRefNumber(), learner.uln().value(), learner.familyName(),
                learner.givenNames(), learner.dateOfBirth(), learner.ethnicity().code(), learner.sex().name(), null,
                List.of(), learner.email(), employments, aims));
    }

    private static IlrLearner.Delivery standardAim(Learner learner, Programme programme, String workplacePostcode,
                                                   String epaOrgId, boolean full, Omissions omissions) {
        Enrolment enrolment = learner.enrolment();
        OffTheJobHours offTheJob = enrolment.offTheJob();
        List<IlrLearner.Hours> hours = new ArrayList<>();
        List<IlrLearner.Finance> finances = new ArrayList<>();
        if (offTheJob.planned() != null) {
            hours.add(new IlrLearner.Hours(HrsCode.PLANNED_OFF_THE_JOB.code(), offTheJob.planned()));
        }
        if (offTheJob.actual() != null) {
            hours.add(new IlrLearner.Hours(HrsCode.ACTUAL_OFF_THE_JOB.code(), offTheJob.actual()));
        }
        PriorLearning prior = offTheJob.priorLearning();
        if (prior != null && full) {
            hours.add(new IlrLearner.Hours(HrsCode.PRIOR_LEARNING_REDUCTION.code(), prior.hours()));
            finances.add(new IlrLearner.Finance(IlrLearner.Finance.PRICE_REDUCTION, IlrLearner.Finance.PRIOR_LEARNING,
                    prior.priceReductionDate(), prior.priceReduction()));
        } else if (prior != null) {
            omissions.leftOut(LeftOut.PRIOR_LEARNING, learner);
        }
        Completion completion = learner.completion();
        return new IlrLearner.Delivery(IlrLearner.Delivery.PROGRAMME_AIM_REF, IlrLearner.Delivery.PROGRAMME_AIM, 1,
                enrolment.startDate(), enrolment.plannedEndDate(), IlrLearner.Delivery.APPRENTICESHIPS_FUNDING,
                IlrLearner.Delivery.APPRENTICESHIP_STANDARD, programme.standardCode(), workplacePostcode, epaOrgId,
                learner.status().compStatus(), learner.learnActEndDate(), learner.withdrawReason(),
                completion.outcome() == null ? null : completion.outcome().code(), completion.achievementDate(),
                completion.outGrade() == null ? null : completion.outGrade().code(), false, hours, finances);
    }

    /** R_159, R_160: a unit's programme aim and its one component aim, which names the unit, with the same dates. */
    private static List<IlrLearner.Delivery> unitAims(Learner learner, Programme unit, String workplacePostcode) {
        Enrolment enrolment = learner.enrolment();
        return List.of(unitAim(learner, IlrLearner.Delivery.PROGRAMME_AIM_REF, IlrLearner.Delivery.PROGRAMME_AIM, 1,
                        enrolment, workplacePostcode),
                unitAim(learner, unit.unitAimRef(), IlrLearner.Delivery.COMPONENT_AIM, 2, enrolment, workplacePostcode));
    }

    private static IlrLearner.Delivery unitAim(Learner learner, String learnAimRef, int aimType, int aimSeqNumber,
                                               Enrolment enrolment, String workplacePostcode) {
        return new IlrLearner.Delivery(learnAimRef, aimType, aimSeqNumber, enrolment.startDate(),
                enrolment.plannedEndDate(), IlrLearner.Delivery.SHORT_COURSES_FUNDING,
                IlrLearner.Delivery.APPRENTICESHIP_UNIT, null, workplacePostcode, null, learner.status().compStatus(),
                learner.learnActEndDate(), learner.withdrawReason(), false, List.of(), List.of());
    }
}
