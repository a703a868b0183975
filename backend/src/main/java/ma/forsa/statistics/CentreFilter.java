package ma.forsa.statistics;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What a statistic of centres or agreements (occupancy, agreements' progress) may be narrowed to: the dimensions a
 * centre has, its programme, its association, itself. Seats and targets are not of girls or of 12-year-olds, so
 * these statistics take no learner's dimension.
 */
public class CentreFilter {

    @QueryParam("programme")
    @Parameter(description = "Only this programme's centres (or, for an agreement, its target for it)")
    public Programme programme;

    @QueryParam("association")
    @Min(1)
    @Parameter(description = "Only this association's centres or agreements")
    public Long association;

    @QueryParam("centre")
    @Min(1)
    @Parameter(description = "Only this centre (or the agreements it is under)")
    public Long centre;

    /** No narrowing. */
    static final CentreFilter NONE = new CentreFilter();

    boolean takes(Programme type, Long associationId, long centreId) {
        return (programme == null || programme == type)
                && (association == null || association.equals(associationId))
                && (centre == null || centre == centreId);
    }

    /** The same conditions as a filter of learners: the statistics' aggregates and the exports' heading read it. */
    StatisticsFilter asLearnerFilter() {
        StatisticsFilter filter = new StatisticsFilter();
        filter.programme = programme;
        filter.association = association;
        filter.centre = centre;
        return filter;
    }
}
