package ma.forsa.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.validation.Formats;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What a count of learners may be narrowed to, beside its school year and directorate: one value of any dimension
 * (the girls, the 15-year-olds, one centre's learners). Every condition narrows the count, its groups, its year
 * before and its headline alike; nothing is narrowed by default.
 */
public class StatisticsFilter {

    @QueryParam("programme")
    @Parameter(description = "Only this programme's learners")
    public Programme programme;

    @QueryParam("centre")
    @Min(1)
    @Parameter(description = "Only the learners placed at this centre")
    public Long centre;

    @QueryParam("association")
    @Min(1)
    @Parameter(description = "Only the learners placed by this association")
    public Long association;

    @QueryParam("sex")
    @Parameter(description = "Only girls (F) or boys (M)")
    public Sex sex;

    @QueryParam("age")
    @Min(5)
    @Max(25)
    @Parameter(description = "Only the learners of this age (whole years at the school year's reference date)")
    public Integer age;

    @QueryParam("nationality")
    @Pattern(regexp = Formats.COUNTRY, message = Formats.COUNTRY_MESSAGE)
    @Parameter(description = "Only the learners of this nationality (ISO 3166 alpha-2)", example = "MA")
    public String nationality;

    /** No narrowing: every learner of the year and directorates. */
    static final StatisticsFilter NONE = new StatisticsFilter();

    /**
     * The same conditions for the outreach funnel's cells, which have every dimension but nationality (a case has
     * none): asking for one is refused beside its parameter.
     */
    Map<FunnelDimension, Object> funnelConditions() {
        if (nationality != null) {
            throw ApiProblem.invalid("nationality", Message.FUNNEL_NOT_BY_NATIONALITY);
        }
        Map<FunnelDimension, Object> conditions = new LinkedHashMap<>();
        conditions().forEach((d, value) -> conditions.put(FunnelDimension.valueOf(d.name()), value));
        return conditions;
    }

    /** The aggregates' column of each condition asked for, with its value. */
    Map<Dimension, Object> conditions() {
        Map<Dimension, Object> conditions = new LinkedHashMap<>();
        if (programme != null) {
            conditions.put(Dimension.PROGRAMME, programme.name());
        }
        if (centre != null) {
            conditions.put(Dimension.CENTRE, centre);
        }
        if (association != null) {
            conditions.put(Dimension.ASSOCIATION, association);
        }
        if (sex != null) {
            conditions.put(Dimension.SEX, sex.name());
        }
        if (age != null) {
            conditions.put(Dimension.AGE, age);
        }
        if (nationality != null) {
            conditions.put(Dimension.NATIONALITY, nationality);
        }
        return conditions;
    }
}
