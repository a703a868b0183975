package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.RoleSets;
import ma.forsa.common.security.Scope;
import ma.forsa.schoolyear.SchoolYear;
import ma.forsa.schoolyear.SchoolYearService;
import ma.forsa.statistics.StatisticsViews.Beneficiaries;
import ma.forsa.statistics.StatisticsViews.Cell;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts of beneficiaries (distinct learners enrolled at some time in a school year), by the
 * dimensions asked for. Directorate staff get exact counts of their directorate (they may see its
 * learners anyway). The academy and third-party clients, who may see no individual, get no group of
 * fewer than 5 learners (not even its existence: it is left out and only counted in hiddenCells) and
 * every count rounded to 5, so that no difference between two answers (a total minus the groups
 * shown, all directorates minus one) pins a child down. Counts rest on what anonymisation keeps (sex, nationality, placements and their age at the
 * reference date), so erasing a learner's personal data leaves them unchanged.
 */
@ApplicationScoped
@Transactional
public class StatisticsService {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    RoleSets roleSets;

    @ConfigProperty(name = "forsa.statistics.minimum-count", defaultValue = "5")
    int minimumCount;

    @ConfigProperty(name = "forsa.statistics.round-to", defaultValue = "5")
    int roundTo;

    public Beneficiaries beneficiaries(String schoolYear, String directorate, List<Dimension> groupBy) {
        List<String> directorates = directoratesFor(directorate);
        SchoolYear year = schoolYears.byCode(schoolYear, "schoolYear");
        List<Dimension> dimensions = groupBy.stream().distinct().toList();
        Publication rules = publication();
        int minimum = rules.minimum();
        int base = rules.base();

        List<Cell> all = cells(year.id, directorates, dimensions, true);
        Optional<SchoolYear> before = previousYear(year);
        // the same groups the year before, by their dimensions (a group it did not have counts 0)
        Map<List<Object>, Long> previousCounts = before.map(y -> cells(y.id, directorates, dimensions, false).stream()
                        .collect(Collectors.toMap(StatisticsService::group, Cell::count)))
                .orElse(null);
        List<Cell> shown = all.stream()
                .filter(c -> rules.shows(c.count()))
                .map(c -> published(
                        c,
                        rules,
                        previousCounts == null ? null : rules.count(previousCounts.getOrDefault(group(c), 0L))))
                .toList();
        Long total = rules.count(count(year.id, directorates));
        Long previous = before.map(y -> rules.count(count(y.id, directorates))).orElse(null);
        return new Beneficiaries(
                year.code,
                directorates,
                dimensions,
                minimum,
                base,
                all.size() - shown.size(),
                total,
                previous,
                Publication.changePercent(total, previous),
                shown);
    }

    /** The caller's publication rules: exact for the directorate's own staff, else small groups out and rounded. */
    Publication publication() {
        return caller.isOneOf(roleSets.directorate()) ? Publication.EXACT : new Publication(minimumCount, roundTo);
    }

    /** The caller's own directorate, or for the academy its directorates; a directorate outside them is refused. */
    List<String> directoratesFor(String asked) {
        List<String> allowed = caller.scope().readable().stream()
                .filter(code -> !code.equals(Scope.NOWHERE))
                .toList();
        if (allowed.isEmpty()) {
            throw new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE_OR_ACADEMY);
        }
        if (asked == null) {
            return allowed;
        }
        if (!allowed.contains(asked)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, Message.STATISTICS_OUT_OF_REACH, allowed, asked);
        }
        return List.of(asked);
    }

    /** The groups' exact counts; {@code named}: with the Arabic names of their centres and associations. */
    private List<Cell> cells(long yearId, List<String> directorates, List<Dimension> dimensions, boolean named) {
        if (dimensions.isEmpty()) {
            return List.of();
        }
        String columns = dimensions.stream().map(d -> d.column).collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("SELECT " + columns + ", COUNT(DISTINCT p.learner_id) FROM placement p"
                        + " JOIN learner l ON l.id = p.learner_id"
                        + " WHERE p.school_year_id = :year AND p.enrolled_on IS NOT NULL AND p.directorate_code IN (:directorates)"
                        + " GROUP BY " + columns + " ORDER BY " + columns)
                .setParameter("year", yearId)
                .setParameter("directorates", directorates);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = dimensions.size() == 0 ? List.of() : (List<Object[]>) query.getResultList();
        Map<Long, String> centreNames =
                named && dimensions.contains(Dimension.CENTRE) ? names("centre", yearId, directorates) : Map.of();
        Map<Long, String> associationNames = named && dimensions.contains(Dimension.ASSOCIATION)
                ? names("association", yearId, directorates)
                : Map.of();
        List<Cell> cells = new ArrayList<>();
        for (Object[] row : rows) {
            Map<Dimension, Object> values = new HashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                values.put(dimensions.get(i), row[i]);
            }
            Long centre = asLong(values.get(Dimension.CENTRE));
            Long association = asLong(values.get(Dimension.ASSOCIATION));
            cells.add(new Cell(
                    asString(values.get(Dimension.DIRECTORATE)),
                    association,
                    association == null ? null : associationNames.get(association),
                    centre,
                    centre == null ? null : centreNames.get(centre),
                    asString(values.get(Dimension.PROGRAMME)),
                    asString(values.get(Dimension.SEX)),
                    values.get(Dimension.AGE) == null ? null : ((Number) values.get(Dimension.AGE)).intValue(),
                    asString(values.get(Dimension.NATIONALITY)),
                    asString(values.get(Dimension.STATUS)),
                    asString(values.get(Dimension.OUTCOME)),
                    ((Number) row[dimensions.size()]).longValue(),
                    null,
                    null));
        }
        return cells;
    }

    /** Arabic names of the centres or associations that have placements in the year (not personal data). */
    private Map<Long, String> names(String table, long yearId, List<String> directorates) {
        String column = "centre".equals(table) ? "p.centre_id" : "p.association_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT DISTINCT t.id, t.name_ar FROM " + table + " t JOIN placement p ON " + column
                                + " = t.id WHERE p.school_year_id = :year AND p.directorate_code IN (:directorates)")
                .setParameter("year", yearId)
                .setParameter("directorates", directorates)
                .getResultList();
        Map<Long, String> names = new HashMap<>();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }

    private Long count(long yearId, List<String> directorates) {
        return ((Number) em.createNativeQuery(
                                "SELECT COUNT(DISTINCT p.learner_id) FROM placement p"
                                        + " WHERE p.school_year_id = :year AND p.enrolled_on IS NOT NULL AND p.directorate_code IN (:directorates)")
                        .setParameter("year", yearId)
                        .setParameter("directorates", directorates)
                        .getSingleResult())
                .longValue();
    }

    private Optional<SchoolYear> previousYear(SchoolYear year) {
        return schoolYears.previous(year);
    }

    /** A cell as published: rounded, beside its group's published count the year before and the change. */
    private static Cell published(Cell c, Publication rules, Long previousYearCount) {
        long count = rules.rounded(c.count());
        return new Cell(
                c.directorate(),
                c.associationId(),
                c.associationNameAr(),
                c.centreId(),
                c.centreNameAr(),
                c.programme(),
                c.sex(),
                c.age(),
                c.nationality(),
                c.status(),
                c.outcome(),
                count,
                previousYearCount,
                Publication.changePercent(count, previousYearCount));
    }

    /** What identifies a cell's group: its dimensions' values (the names follow the ids). */
    private static List<Object> group(Cell c) {
        return Arrays.asList(
                c.directorate(),
                c.associationId(),
                c.centreId(),
                c.programme(),
                c.sex(),
                c.age(),
                c.nationality(),
                c.status(),
                c.outcome());
    }

    private static String asString(Object value) {
        return value == null ? null : value.toString();
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
