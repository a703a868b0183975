package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.forsa.agreement.AgreementService;
import ma.forsa.agreement.AgreementViews.AgreementView;
import ma.forsa.agreement.AgreementViews.ProgrammeTargetView;
import ma.forsa.agreement.AgreementViews.TrancheView;
import ma.forsa.schoolyear.SchoolYear;
import ma.forsa.schoolyear.SchoolYearService;
import ma.forsa.statistics.StatisticsViews.AgreementProgress;
import ma.forsa.statistics.StatisticsViews.AgreementsProgress;
import ma.forsa.statistics.StatisticsViews.ProgrammeProgress;

/**
 * The agreements of a school year against what they promised: for each programme its target beside the distinct
 * learners enrolled that year at the agreement's centres (or the association's, when the agreement lists none), and
 * the tranches due by today beside those paid. Children's counts are published by {@link Publication}; money is not
 * about children and is exact for everyone who may read statistics.
 */
@ApplicationScoped
@Transactional
public class AgreementStatistics {

    @Inject
    EntityManager em;

    @Inject
    StatisticsService statistics;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    AgreementService agreements;

    public AgreementsProgress progress(String schoolYear, String directorate, LocalDate asOf) {
        List<String> directorates = statistics.directoratesFor(directorate);
        SchoolYear year = schoolYears.byCode(schoolYear, "schoolYear");
        Publication rules = statistics.publication();
        List<AgreementView> ofYear = agreements.ofSchoolYear(year.id).stream()
                .filter(a -> directorates.contains(a.directorateCode()))
                .toList();
        Map<Long, Map<String, Long>> reached = reached(year.id, ofYear);
        List<AgreementProgress> progress = new ArrayList<>();
        for (AgreementView a : ofYear) {
            List<ProgrammeProgress> programmes = new ArrayList<>();
            for (ProgrammeTargetView target : a.programmes()) {
                Long actual = rules.count(reached.getOrDefault(a.id(), Map.of())
                        .getOrDefault(target.programme().name(), 0L));
                programmes.add(new ProgrammeProgress(
                        target.programme(), target.targetBeneficiaries(), actual, Publication.ratePercent(actual, (long)
                                target.targetBeneficiaries())));
            }
            List<TrancheView> due =
                    a.tranches().stream().filter(t -> !t.dueOn().isAfter(asOf)).toList();
            List<TrancheView> paid =
                    a.tranches().stream().filter(t -> t.paidOn() != null).toList();
            List<TrancheView> overdue =
                    due.stream().filter(t -> t.paidOn() == null).toList();
            progress.add(new AgreementProgress(
                    a.id(),
                    a.reference(),
                    a.directorateCode(),
                    a.associationId(),
                    a.status(),
                    programmes,
                    a.budgetMad(),
                    due.size(),
                    sum(due),
                    paid.size(),
                    sum(paid),
                    overdue.size(),
                    sum(overdue)));
        }
        return new AgreementsProgress(year.code, directorates, asOf, rules.minimum(), rules.base(), progress);
    }

    /**
     * Distinct learners enrolled in the year, by agreement and programme: at the agreement's centres, or at any centre of
     * its association when it lists none. Two queries for every agreement of the year.
     */
    private Map<Long, Map<String, Long>> reached(long yearId, List<AgreementView> ofYear) {
        Map<Long, Map<String, Long>> reached = new HashMap<>();
        List<Long> withCentres = ofYear.stream()
                .filter(a -> !a.centreIds().isEmpty())
                .map(AgreementView::id)
                .toList();
        List<Long> byAssociation = ofYear.stream()
                .filter(a -> a.centreIds().isEmpty())
                .map(AgreementView::id)
                .toList();
        if (!withCentres.isEmpty()) {
            collect(
                    reached,
                    em.createNativeQuery("SELECT ac.agreement_id, p.programme, COUNT(DISTINCT p.learner_id)"
                                    + " FROM agreement_centre ac JOIN placement p ON p.centre_id = ac.centre_id"
                                    + " WHERE ac.agreement_id IN (:ids) AND p.school_year_id = :year"
                                    + " AND p.enrolled_on IS NOT NULL GROUP BY ac.agreement_id, p.programme")
                            .setParameter("ids", withCentres)
                            .setParameter("year", yearId)
                            .getResultList());
        }
        if (!byAssociation.isEmpty()) {
            collect(
                    reached,
                    em.createNativeQuery("SELECT a.id, p.programme, COUNT(DISTINCT p.learner_id) FROM agreement a"
                                    + " JOIN placement p ON p.association_id = a.association_id"
                                    + " AND p.directorate_code = a.directorate_code"
                                    + " WHERE a.id IN (:ids) AND p.school_year_id = :year AND p.enrolled_on IS NOT NULL"
                                    + " GROUP BY a.id, p.programme")
                            .setParameter("ids", byAssociation)
                            .setParameter("year", yearId)
                            .getResultList());
        }
        return reached;
    }

    private static void collect(Map<Long, Map<String, Long>> into, List<?> rows) {
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            into.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .put(r[1].toString(), ((Number) r[2]).longValue());
        }
    }

    private static BigDecimal sum(List<TrancheView> tranches) {
        return tranches.stream().map(TrancheView::amountMad).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
