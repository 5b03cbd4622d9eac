package uk.learnersync.provider.ilr.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.employers.EmpId;
import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerAddress;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.Employers;
import uk.learnersync.provider.learners.Enrolment;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerRecords;
import uk.learnersync.provider.learners.LearnerSearch;
import uk.learnersync.provider.programmes.Programme;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.programmes.Programmes;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.tenancy.Providers;

/**
 * Writes the provider's learners as an ILR 2025-26 file, page by page, so that memory stays bounded:
 * each an apprentice with the programme aim of an apprenticeship standard (ProgType 25, AimType 1,
 * FundModel 36) and, when its employer has an EmpId, an employment status naming it.
 */
@Component
public class IlrExporter {

    /** ESFA's files are stamped in UK time. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final LearnerRecords learners;
    private final Programmes programmes;
    private final Employers employers;
    private final Providers providers;

    IlrExporter(LearnerRecords learners, Programmes programmes, Employers employers, Providers providers) {
        this.learners = learners;
        this.programmes = programmes;
        this.employers = employers;
        this.providers = providers;
    }

    /** Whether there is a learner to export: an ILR file holds at least one. */
    public boolean hasLearners(ProviderId providerId) {
        return !page(providerId, 0).isEmpty();
    }

    public void export(ProviderId providerId, OutputStream out) throws IOException {
        String ukprn = providers.find(providerId).orElseThrow(() -> new NotFoundException("Provider", providerId))
                .ukprn().value();
        Map<ProgrammeId, Integer> standardCodes = new HashMap<>();
        Map<EmployerId, Optional<Employer>> employersById = new HashMap<>();
        try (IlrWriter writer = new IlrWriter(out, ukprn, LocalDateTime.now(UK))) {
            for (int page = 0; ; page++) {
                List<Learner> learnersOnPage = page(providerId, page);
                for (Learner learner : learnersOnPage) {
                    Optional<Employer> employer = learner.employerId() == null ? Optional.empty()
                            : employersById.computeIfAbsent(learner.employerId(),
                                    id -> employers.find(providerId, id));
                    int standardCode = standardCodes.computeIfAbsent(learner.enrolment().programmeId(),
                            id -> programmes.find(providerId, id).map(Programme::standardCode).orElseThrow());
                    writer.write(ilrLearner(learner, standardCode, employer));
                }
                if (learnersOnPage.size() < LearnerSearch.MAX_SIZE) {
                    break;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("The ILR file could not be written", e);
        }
    }

    private List<Learner> page(ProviderId providerId, int page) {
        return learners.search(providerId, new LearnerSearch(null, null, null, page, LearnerSearch.MAX_SIZE));
    }

    private static IlrLearner ilrLearner(Learner learner, int standardCode, Optional<Employer> employer) {
        Enrolment enrolment = learner.enrolment();
        Optional<EmpId> empId = employer.map(Employer::empId);
        List<IlrLearner.Employment> employments = empId
                .map(id -> List.of(new IlrLearner.Employment(IlrWriter.IN_PAID_EMPLOYMENT, enrolment.startDate(),
                        id.value())))
                .orElse(List.of());
        String workplacePostcode = employer.flatMap(known -> known.address(learner.employerAddressId()))
                .map(EmployerAddress::postcode).map(Object::toString).orElse(null);
        IlrLearner.Delivery aim = new IlrLearner.Delivery(IlrLearner.Delivery.PROGRAMME_AIM_REF,
                IlrLearner.Delivery.PROGRAMME_AIM, 1, enrolment.startDate(), enrolment.plannedEndDate(),
                IlrLearner.Delivery.APPRENTICESHIPS_FUNDING, IlrLearner.Delivery.APPRENTICESHIP_STANDARD,
                standardCode, workplacePostcode, enrolment.epaoId() == null ? null : enrolment.epaoId().value(),
                learner.status().compStatus(), null, learner.withdrawReason());
        return new IlrLearner(learner.learnRefNumber(), learner.uln().value(), learner.familyName(),
                learner.givenNames(), learner.dateOfBirth(), learner.ethnicity().code(), learner.sex().name(), null,
                List.of(), learner.email(), employments, List.of(aim));
    }
}
