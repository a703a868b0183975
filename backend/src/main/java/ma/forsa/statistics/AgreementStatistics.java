package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import ma.forsa.centre.CentreService;
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
    BeneficiaryCube cube;

    @Inject
    StatisticsService statistics;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    AgreementService agreements;

    @Inject
    CentreService centres;

    public AgreementsProgress progress(String schoolYear, String directorate, LocalDate asOf) {
        return progress(schoolYear, directorate, asOf, CentreFilter.NONE);
    }

    /**
     * Of the agreements the filter takes: an association's, those a centre is under (naming it, or naming none and
     * of its association), and of each only its target for a programme.
     */
    public AgreementsProgress progress(String schoolYear, String directorate, LocalDate asOf, CentreFilter filter) {
        List<String> directorates = statistics.directoratesFor(directorate);
        SchoolYear year = schoolYears.byCode(schoolYear, "schoolYear");
        Publication rules = statistics.publication();
        Long associationOfCentre = filter.centre == null
                ? null
                : centres.visible().stream()
                        .filter(c -> c.id.equals(filter.centre))
                        .map(c -> c.associationId == null ? -1L : c.associationId)
                        .findFirst()
                        .orElse(-1L);
        List<AgreementView> ofYear = agreements.ofSchoolYear(year.id).stream()
                .filter(a -> directorates.contains(a.directorateCode()))
                .filter(a -> filter.association == null || filter.association == a.associationId())
                .filter(a -> filter.centre == null
                        || a.centreIds().contains(filter.centre)
                        || a.centreIds().isEmpty() && associationOfCentre == a.associationId())
                .filter(a -> filter.programme == null
                        || a.programmes().stream().anyMatch(t -> t.programme() == filter.programme))
                .toList();
        Map<Long, Map<String, Tally>> reached = reached(year.id, directorates, ofYear);
        List<AgreementProgress> progress = new ArrayList<>();
        for (AgreementView a : ofYear) {
            List<ProgrammeProgress> programmes = new ArrayList<>();
            for (ProgrammeTargetView target : a.programmes()) {
                if (filter.programme != null && target.programme() != filter.programme) {
                    continue;
                }
                Long actual = rules.count(reached.getOrDefault(a.id(), Map.of())
                        .getOrDefault(target.programme().name(), Tally.NONE));
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
     * Distinct learners enrolled in the year, by agreement and programme, from the beneficiary aggregates: at the
     * agreement's centres (a learner moved between two of them counts once), or at any centre of its association when
     * it lists none. Two statements for every agreement of the year.
     */
    private Map<Long, Map<String, Tally>> reached(long yearId, List<String> directorates, List<AgreementView> ofYear) {
        Map<Long, Map<String, Tally>> reached = new HashMap<>();
        Map<Long, List<Long>> centresOf = new java.util.LinkedHashMap<>();
        ofYear.stream().filter(a -> !a.centreIds().isEmpty()).forEach(a -> centresOf.put(a.id(), a.centreIds()));
        collect(reached, cube.countsAtCentres(yearId, directorates, centresOf));
        List<AgreementView> byAssociation =
                ofYear.stream().filter(a -> a.centreIds().isEmpty()).toList();
        if (!byAssociation.isEmpty()) {
            Map<List<Object>, Map<String, Tally>> ofAssociation = new HashMap<>();
            for (Object[] row : cube.counts(
                    yearId, directorates, List.of(Dimension.DIRECTORATE, Dimension.ASSOCIATION, Dimension.PROGRAMME))) {
                ofAssociation
                        .computeIfAbsent(
                                List.of(row[0].toString(), ((Number) row[1]).longValue()), k -> new HashMap<>())
                        .put(row[2].toString(), Tally.of(row, 3));
            }
            for (AgreementView a : byAssociation) {
                reached.put(
                        a.id(), ofAssociation.getOrDefault(List.of(a.directorateCode(), a.associationId()), Map.of()));
            }
        }
        return reached;
    }

    private static void collect(Map<Long, Map<String, Tally>> into, List<?> rows) {
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            into.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .put(r[1].toString(), Tally.of(r, 2));
        }
    }

    private static BigDecimal sum(List<TrancheView> tranches) {
        return tranches.stream().map(TrancheView::amountMad).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
