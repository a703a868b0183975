package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.placement.Outcome;
import ma.forsa.schoolyear.SchoolYear;
import ma.forsa.schoolyear.SchoolYearService;
import ma.forsa.statistics.BeneficiaryCube.Only;
import ma.forsa.statistics.BeneficiaryCube.Question;
import ma.forsa.statistics.StatisticsService.Counted;
import ma.forsa.statistics.StatisticsViews.Cell;
import ma.forsa.statistics.StatisticsViews.OutcomeCell;
import ma.forsa.statistics.StatisticsViews.OutcomeCount;
import ma.forsa.statistics.StatisticsViews.Outcomes;

/**
 * Where the learners of a school year went: the distinct learners whose placement ended with a destination
 * (completed, formal school, vocational training, labour market, dropped out again — a transfer is not one), by
 * destination, as counts and as rates of those who ended, by the dimensions asked for. From the beneficiary
 * aggregates ({@link BeneficiaryCube}), published by the same rules as every statistic ({@link Publication}).
 */
@ApplicationScoped
@Transactional
public class OutcomeStatistics {

    static final List<Outcome> DESTINATIONS = Arrays.stream(Outcome.values())
            .filter(o -> o != Outcome.TRANSFERRED && o != Outcome.WITHDRAWN)
            .toList();

    /** The group of every learner: no dimension's value. */
    private static final Cell ALL =
            new Cell(null, null, null, null, null, null, null, null, null, null, null, 0, null, null);

    @Inject
    StatisticsService statistics;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    BeneficiaryCube cube;

    public Outcomes outcomes(String schoolYear, String directorate, List<Dimension> groupBy, StatisticsFilter filter) {
        List<String> directorates = statistics.directoratesFor(directorate);
        SchoolYear year = schoolYears.byCode(schoolYear, "schoolYear");
        List<Dimension> dimensions = groupBy.stream().distinct().toList();
        if (dimensions.contains(Dimension.OUTCOME) || dimensions.contains(Dimension.STATUS)) {
            throw ApiProblem.invalid("groupBy", Message.OUTCOMES_NOT_BY_OUTCOME);
        }
        Publication rules = statistics.publication();
        Question question =
                Question.of(year.id, directorates).only(Only.WITH_DESTINATION).narrowed(filter);
        List<Dimension> withOutcome = new ArrayList<>(dimensions);
        withOutcome.add(Dimension.OUTCOME);

        // every group's learners by destination, then each group's learners who ended at all (once each)
        Map<List<Object>, Map<String, Tally>> byOutcome = new HashMap<>();
        for (Counted counted : statistics.cells(question, withOutcome, false)) {
            byOutcome
                    .computeIfAbsent(group(counted.cell()), g -> new HashMap<>())
                    .put(counted.cell().outcome(), counted.tally());
        }
        List<Counted> groups = statistics.cells(question, dimensions, true);
        List<OutcomeCell> shown = groups.stream()
                .filter(g -> rules.shows(g.tally().count()))
                .map(g -> cell(g.cell(), g.tally(), byOutcome.getOrDefault(group(g.cell()), Map.of()), rules))
                .toList();
        Map<String, Tally> all = new HashMap<>();
        for (Counted counted : statistics.cells(question, List.of(Dimension.OUTCOME), false)) {
            all.put(counted.cell().outcome(), counted.tally());
        }
        Tally ended = cube.total(question);
        return new Outcomes(
                year.code,
                directorates,
                dimensions,
                rules.minimum(),
                rules.base(),
                rules.hidden(groups.size() - shown.size()),
                cell(ALL, ended, all, rules),
                shown);
    }

    private static OutcomeCell cell(Cell group, Tally ended, Map<String, Tally> byOutcome, Publication rules) {
        Long published = rules.count(ended);
        List<OutcomeCount> outcomes = new ArrayList<>();
        for (Outcome outcome : DESTINATIONS) {
            Long count = rules.count(byOutcome.getOrDefault(outcome.name(), Tally.NONE));
            outcomes.add(new OutcomeCount(outcome, count, Publication.ratePercent(count, published)));
        }
        return new OutcomeCell(
                group.directorate(),
                group.associationId(),
                group.associationNameAr(),
                group.centreId(),
                group.centreNameAr(),
                group.programme(),
                group.sex(),
                group.age(),
                group.nationality(),
                published,
                outcomes);
    }

    /** A group's values, without its outcome. */
    private static List<Object> group(Cell c) {
        return Arrays.asList(
                c.directorate(), c.associationId(), c.centreId(), c.programme(), c.sex(), c.age(), c.nationality());
    }
}
