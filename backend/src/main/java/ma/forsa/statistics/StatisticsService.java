package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import ma.forsa.statistics.BeneficiaryCube.Question;
import ma.forsa.statistics.StatisticsViews.Beneficiaries;
import ma.forsa.statistics.StatisticsViews.Cell;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts of beneficiaries (distinct learners enrolled at some time in a school year), by the
 * dimensions asked for. Directorate staff get exact counts of their directorate (they may see its
 * learners anyway). The academy and third-party clients, who may see no individual, get figures by
 * {@link Publication}'s rules: no group of fewer than 5 learners (not even how many were left out) and every
 * count perturbed and rounded to 5, so that no combination of answers pins a child down. Counts come from the aggregates the placements' triggers keep
 * exact in the writer's transaction ({@link BeneficiaryCube}), never from the placements themselves; they rest on what
 * anonymisation keeps (sex, nationality, placements and their age at the reference date), so erasing a learner's
 * personal data leaves them unchanged.
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
    BeneficiaryCube cube;

    @Inject
    RoleSets roleSets;

    @ConfigProperty(name = "forsa.statistics.minimum-count", defaultValue = "5")
    int minimumCount;

    @ConfigProperty(name = "forsa.statistics.round-to", defaultValue = "5")
    int roundTo;

    public Beneficiaries beneficiaries(String schoolYear, String directorate, List<Dimension> groupBy) {
        return beneficiaries(schoolYear, directorate, groupBy, StatisticsFilter.NONE);
    }

    public Beneficiaries beneficiaries(
            String schoolYear, String directorate, List<Dimension> groupBy, StatisticsFilter filter) {
        List<String> directorates = directoratesFor(directorate);
        SchoolYear year = schoolYears.byCode(schoolYear, "schoolYear");
        List<Dimension> dimensions = groupBy.stream().distinct().toList();
        Publication rules = publication();
        Question question = Question.of(year.id, directorates).narrowed(filter);

        Optional<SchoolYear> before = previousYear(year);
        List<Counted> all = cells(question, dimensions, true);
        List<Cell> shown = published(all, before, question, dimensions, rules);
        // the headline: each programme beside the year before, whatever the groups asked for
        List<Cell> programmes = dimensions.equals(List.of(Dimension.PROGRAMME))
                ? shown
                : published(
                        cells(question, List.of(Dimension.PROGRAMME), false),
                        before,
                        question,
                        List.of(Dimension.PROGRAMME),
                        rules);
        Long total = rules.count(cube.total(question));
        Long previous =
                before.map(y -> rules.count(cube.total(question.inYear(y.id)))).orElse(null);
        return new Beneficiaries(
                year.code,
                directorates,
                dimensions,
                rules.minimum(),
                rules.base(),
                rules.hidden(all.size() - shown.size()),
                total,
                previous,
                Publication.changePercent(total, previous),
                programmes,
                shown);
    }

    /** The groups big enough to publish, rounded, each beside its group the year before and the change. */
    private List<Cell> published(
            List<Counted> all,
            Optional<SchoolYear> before,
            Question question,
            List<Dimension> dimensions,
            Publication rules) {
        // the same groups the year before, by their dimensions (a group it did not have counts 0)
        Map<List<Object>, Tally> previousCounts = before.map(y ->
                        cells(question.inYear(y.id), dimensions, false).stream()
                                .collect(Collectors.toMap(c -> group(c.cell()), Counted::tally)))
                .orElse(null);
        return all.stream()
                .filter(c -> rules.shows(c.tally().count()))
                .map(c -> published(
                        c,
                        rules,
                        previousCounts == null
                                ? null
                                : rules.count(previousCounts.getOrDefault(group(c.cell()), Tally.NONE))))
                .toList();
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

    /**
     * The groups' exact counts for the question (its year, directorates, the learners' cells it takes and its
     * filter); {@code named}: with the Arabic names of their centres and associations.
     */
    List<Counted> cells(Question question, List<Dimension> dimensions, boolean named) {
        if (dimensions.isEmpty()) {
            return List.of();
        }
        List<Counted> cells = new ArrayList<>();
        for (Object[] row : cube.counts(question, dimensions)) {
            Map<Dimension, Object> values = new HashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                values.put(dimensions.get(i), row[i]);
            }
            Long centre = asLong(values.get(Dimension.CENTRE));
            Long association = asLong(values.get(Dimension.ASSOCIATION));
            Tally tally = Tally.of(row, dimensions.size());
            cells.add(new Counted(
                    new Cell(
                            asString(values.get(Dimension.DIRECTORATE)),
                            association,
                            null,
                            centre,
                            null,
                            asString(values.get(Dimension.PROGRAMME)),
                            asString(values.get(Dimension.SEX)),
                            values.get(Dimension.AGE) == null ? null : ((Number) values.get(Dimension.AGE)).intValue(),
                            asString(values.get(Dimension.NATIONALITY)),
                            asString(values.get(Dimension.STATUS)),
                            asString(values.get(Dimension.OUTCOME)),
                            tally.count(),
                            null,
                            null),
                    tally));
        }
        if (!named) {
            return cells;
        }
        Map<Long, String> centreNames =
                names("centre", cells.stream().map(c -> c.cell().centreId()));
        Map<Long, String> associationNames =
                names("association", cells.stream().map(c -> c.cell().associationId()));
        return cells.stream()
                .map(counted -> {
                    Cell c = counted.cell();
                    return new Counted(
                            c.withNames(associationNames.get(c.associationId()), centreNames.get(c.centreId())),
                            counted.tally());
                })
                .toList();
    }

    /** A group's cell with its exact count, and its tally for publishing it. */
    record Counted(Cell cell, Tally tally) {}

    /** Arabic names of these centres or associations (not personal data). */
    Map<Long, String> names(String table, java.util.stream.Stream<Long> ids) {
        List<Long> these = ids.filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (these.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name_ar FROM " + table + " WHERE id IN (:ids)")
                .setParameter("ids", these)
                .getResultList();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }

    private Optional<SchoolYear> previousYear(SchoolYear year) {
        return schoolYears.previous(year);
    }

    /** A cell as published: rounded, beside its group's published count the year before and the change. */
    private static Cell published(Counted counted, Publication rules, Long previousYearCount) {
        Cell c = counted.cell();
        long count = rules.rounded(counted.tally());
        return c.withCounts(count, previousYearCount, Publication.changePercent(count, previousYearCount));
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

    /** A value of a group; '' is how the aggregates keep "none" (a placement with no outcome yet). */
    private static String asString(Object value) {
        return value == null || "".equals(value.toString()) ? null : value.toString();
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
