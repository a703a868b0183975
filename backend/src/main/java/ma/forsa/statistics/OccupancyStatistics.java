package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.forsa.centre.Centre;
import ma.forsa.centre.CentreService;
import ma.forsa.schoolyear.SchoolYear;
import ma.forsa.schoolyear.SchoolYearService;
import ma.forsa.statistics.BeneficiaryCube.Only;
import ma.forsa.statistics.BeneficiaryCube.Question;
import ma.forsa.statistics.StatisticsViews.CentreOccupancy;
import ma.forsa.statistics.StatisticsViews.Occupancy;

/**
 * The seats of the active centres against the learners enrolled there now, the classes they fill at the class cap,
 * and who waits for a seat, in a school year. Enrolled learners come from the beneficiary aggregates
 * and the waiting from the waiting lists' aggregates ({@link BeneficiaryCube}); counts are published by the same rules as
 * every statistic ({@link Publication}); capacities are not about children and are exact for everyone.
 */
@ApplicationScoped
@Transactional
public class OccupancyStatistics {

    @Inject
    StatisticsService statistics;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    CentreService centres;

    @Inject
    BeneficiaryCube cube;

    public Occupancy occupancy(String schoolYear, String directorate) {
        return occupancy(schoolYear, directorate, CentreFilter.NONE);
    }

    /** Of the centres the filter takes: their programme, association, or one of them. */
    public Occupancy occupancy(String schoolYear, String directorate, CentreFilter filter) {
        List<String> directorates = statistics.directoratesFor(directorate);
        SchoolYear year = schoolYears.byCode(schoolYear, "schoolYear");
        Publication rules = statistics.publication();
        List<Centre> open = centres.visible().stream()
                .filter(c -> c.active && directorates.contains(c.directorateCode))
                .filter(c -> filter.takes(c.type, c.associationId, c.id))
                .sorted(Comparator.comparing((Centre c) -> c.directorateCode).thenComparing(c -> c.nameAr))
                .toList();
        Question enrolledNow =
                Question.of(year.id, directorates).only(Only.ENROLLED).narrowed(filter.asLearnerFilter());
        Map<Long, Tally> enrolled = new HashMap<>();
        for (Object[] row : cube.counts(enrolledNow, List.of(Dimension.CENTRE))) {
            enrolled.put(((Number) row[0]).longValue(), Tally.of(row, 1));
        }
        Map<Long, Tally> waiting =
                cube.waitingAt(year.id, open.stream().map(c -> c.id).toList());
        List<CentreOccupancy> rows = open.stream()
                .map(c -> {
                    Long published = rules.count(enrolled.getOrDefault(c.id, Tally.NONE));
                    return new CentreOccupancy(
                            c.id,
                            c.directorateCode,
                            c.nameAr,
                            c.nameFr,
                            c.type,
                            c.capacity,
                            c.classCap,
                            published,
                            published == null || c.classCap <= 0
                                    ? null
                                    : (int) ((published + c.classCap - 1) / c.classCap),
                            rules.count(waiting.getOrDefault(c.id, Tally.NONE)),
                            Publication.ratePercent(published, (long) c.capacity));
                })
                .toList();
        int capacity = open.stream().mapToInt(c -> c.capacity).sum();
        Long total = rules.count(cube.total(enrolledNow));
        return new Occupancy(
                year.code,
                directorates,
                rules.minimum(),
                rules.base(),
                capacity,
                total,
                rules.count(waiting.values().stream().reduce(Tally.NONE, Tally::plus)),
                Publication.ratePercent(total, (long) capacity),
                rows);
    }
}
