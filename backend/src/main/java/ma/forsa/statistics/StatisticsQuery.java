package ma.forsa.statistics;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import ma.forsa.common.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What every statistic is asked about: a school year, and one directorate of the caller's scope or all of them. */
public class StatisticsQuery {

    @QueryParam("schoolYear")
    @NotNull
    @Pattern(regexp = Formats.SCHOOL_YEAR, message = Formats.SCHOOL_YEAR_MESSAGE)
    @Parameter(example = "2025/2026")
    public String schoolYear;

    @QueryParam("directorate")
    @Size(max = 16)
    @Parameter(description = "One directorate of the caller's scope; all of them by default")
    public String directorate;
}
